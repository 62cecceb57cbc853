import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addEdge,
  addNode,
  applyCommand,
  deleteEdge,
  deleteNode,
  editNode,
  inverseOf,
  moveNodes,
  type Command,
} from '../../src/graph/commands';
import type { GraphModel } from '../../src/graph/model';
import { plain } from '../../src/graph/plain';
import { shippedGraph } from './shippedGraph';

const shipped = shippedGraph();
/** What a graph holds, as a file would: the thing undo must give back exactly. */
const content = (g: GraphModel) => plain({ nodes: g.nodes, edges: g.edges });

function apply(graph: GraphModel, command: Command): GraphModel {
  const r = applyCommand(graph, command);
  if (!r.ok) throw new Error(`command ${command.name.code} refused`);
  return r.graph;
}

/** One edit, picked by numbers against the graph as it is then. */
const op = fc.record({
  kind: fc.integer({ min: 0, max: 5 }),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== ''),
  x: fc.integer({ min: -500, max: 500 }),
});

interface Op {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly text: string;
  readonly x: number;
}

function commandFor(g: GraphModel, o: Op): Command | null {
  const node = g.nodes[o.a % Math.max(1, g.nodes.length)];
  const other = g.nodes[o.b % Math.max(1, g.nodes.length)];
  const edge = g.edges[o.a % Math.max(1, g.edges.length)];
  const relation = [...g.relations.keys()][o.b % g.relations.size]!;
  switch (o.kind) {
    case 0:
      return addNode(g, { type: 'person', label: { en: o.text, hi: o.text }, sectors: [] });
    case 1:
      return node ? editNode(g, node.id, { label: { en: o.text, hi: o.text } }) : null;
    case 2:
      return node ? deleteNode(g, node.id) : null;
    case 3:
      return node && other
        ? addEdge(g, {
            source: node.id,
            target: other.id,
            relation,
            label: { en: o.text, hi: o.text },
            provenance: [],
          })
        : null;
    case 4:
      return edge ? deleteEdge(g, edge.id) : null;
    default:
      return node ? moveNodes(g, new Map([[node.id, { x: o.x, y: -o.x }]])) : null;
  }
}

describe('commands: graph in, graph out, each with its inverse', () => {
  it('any sequence undone step by step gives back the first graph; redone, the last', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let g = shipped;
        const done: Command[] = [];
        const states = [content(g)];
        for (const o of ops) {
          const c = commandFor(g, o);
          if (!c) continue;
          g = apply(g, c);
          done.push(c);
          states.push(content(g));
        }
        let back = g;
        for (let i = done.length - 1; i >= 0; i--) {
          back = apply(back, inverseOf(done[i]!));
          expect(content(back)).toEqual(states[i]);
        }
        expect(content(back)).toEqual(content(shipped));
        let again = back;
        for (const c of done) again = apply(again, c);
        expect(content(again)).toEqual(content(g));
      }),
      { numRuns: 60 },
    );
  });

  it('deleting a node takes its relationships and every reference to it, and undo restores all', () => {
    const c = deleteNode(shipped, 'jica')!;
    const g = apply(shipped, c);
    expect(g.nodeById.has('jica')).toBe(false);
    expect(g.edges.some((e) => e.source === 'jica' || e.target === 'jica')).toBe(false);
    expect(g.nodes.some((n) => n.organisation === 'jica')).toBe(false);
    expect(g.edges).toHaveLength(
      shipped.edges.length - (shipped.incident.get('jica')?.length ?? 0),
    );
    expect(c.name).toEqual({
      code: 'node.delete',
      params: { label: 'Japan International Cooperation Agency (JICA)', edges: 6 },
    });
    expect(content(apply(g, inverseOf(c)))).toEqual(content(shipped));
  });

  it('deleting a meeting keeps what was stated at it, without the meeting', () => {
    const g = apply(shipped, deleteNode(shipped, 'meeting-jetro')!);
    const stated = g.edgeById.get('e-jetro-assured_cooperation-gov-jharkhand');
    expect(stated).toBeDefined();
    expect(stated?.meeting).toBeUndefined();
  });

  it('refuses an edit that would break the graph, changing nothing', () => {
    const empty = editNode(shipped, 'jica', { label: { en: ' ', hi: ' ' } })!;
    const r = applyCommand(shipped, empty);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => [p.path, p.code])).toContainEqual([
        'nodes[9].label.en',
        'schema.empty',
      ]);
    const dangling = addEdge(shipped, {
      source: 'jica',
      target: 'nobody',
      relation: 'met',
      label: { en: 'met', hi: 'मिले' },
      provenance: [],
    });
    const d = applyCommand(shipped, dangling);
    expect(d.ok).toBe(false);
    // Putting in a record that is there already, or taking out one that is not, is refused.
    const add = addNode(shipped, { type: 'topic', label: { en: 'IT', hi: 'IT' }, sectors: [] });
    const twice = apply(apply(shipped, add), inverseOf(add));
    expect(applyCommand(twice, inverseOf(add)).ok).toBe(false);
  });

  it('makes ids from labels, unique, never reusing one', () => {
    const c = addNode(shipped, {
      type: 'person',
      label: { en: 'Suzuki Takashi', hi: 'सुजुकी ताकाशी' },
      sectors: [],
    });
    // The shipped data has one already.
    expect(c.changes[0]?.id).toBe('suzuki-takashi-2');
    const g = apply(shipped, c);
    const again = addNode(g, {
      type: 'person',
      label: { en: 'Suzuki Takashi', hi: 'सुजुकी' },
      sectors: [],
    });
    expect(again.changes[0]?.id).toBe('suzuki-takashi-3');
    const hindi = addNode(g, { type: 'place', label: { en: 'राँची', hi: 'राँची' }, sectors: [] });
    expect(hindi.changes[0]?.id).toMatch(/^र/);
  });
});
