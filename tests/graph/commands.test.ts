import { assess, deleteAssessment, setTarget } from '../../src/graph/assessmentEdits';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCommand, inverseOf, type Command } from '../../src/graph/commands';
import {
  addEdge,
  addEvidence,
  addNode,
  addRelation,
  addSector,
  deleteEdge,
  deleteNode,
  deleteNodes,
  editEdge,
  editNode,
  editNodes,
  joined,
  markDistinct,
  retitle,
} from '../../src/graph/edits';
import { moveNodes } from '../../src/graph/moves';
import { loadGraphValue } from '../../src/graph/load';
import { mergeNodes } from '../../src/graph/merge';
import type { GraphModel } from '../../src/graph/model';
import { plain, plainFile } from '../../src/graph/plain';
import {
  addStep,
  addStory,
  deleteStep,
  deleteStory,
  editStep,
  moveStep,
} from '../../src/graph/stories';
import { shippedGraph } from './shippedGraph';

const shipped = shippedGraph();
/** What a graph holds, as a file would: the thing undo must give back exactly. */
const content = (g: GraphModel) =>
  plain({
    meta: g.meta,
    sectors: [...g.sectors.values()],
    relations: [...g.relations.values()],
    sources: [...g.sources.values()],
    stories: [...g.stories.values()],
    nodes: g.nodes,
    edges: g.edges,
  });

/** A command applied, as the history keeps it: the graph after, and the command as applied. */
function run(graph: GraphModel, command: Command): { graph: GraphModel; command: Command } {
  const r = applyCommand(graph, command);
  if (!r.ok) throw new Error(`command ${command.name.code} refused`);
  return { graph: r.graph, command: r.command };
}
const apply = (graph: GraphModel, command: Command) => run(graph, command).graph;

/** The shipped data's evidence with its selectors: what a capture in the reader adds. */
const anchoredEvidence = shipped.edges.flatMap((e) => e.provenance.filter((p) => p.selector));

/** One edit, picked by numbers against the graph as it is then. */
const op = fc.record({
  kind: fc.integer({ min: 0, max: 18 }),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 12 }),
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
  const sector = [...g.sectors.keys()][o.b % g.sectors.size]!;
  const label = { en: o.text, hi: o.text };
  const story = [...g.stories.keys()][0] ?? 'none';
  switch (o.kind) {
    case 0:
      return addNode(g, { type: 'person', label, sectors: [] });
    case 1:
      return node ? editNode(g, node.id, { label }) : null;
    case 2:
      return node ? deleteNode(g, node.id) : null;
    case 3:
      return node && other
        ? addEdge(g, { source: node.id, target: other.id, relation, label, provenance: [] })
        : null;
    case 4:
      return edge ? deleteEdge(g, edge.id) : null;
    case 5:
      return node && other ? mergeNodes(g, [node.id, other.id]) : null;
    case 6:
      return node && other ? deleteNodes(g, [node.id, other.id]) : null;
    case 7:
      return node && other
        ? editNodes(g, [node.id, other.id], (n) => ({
            sectors: [...new Set([...n.sectors, sector])],
          }))
        : null;
    case 8: {
      const s = addSector(g, { label, color: '#123456' });
      return joined(
        s.command.name,
        s.command,
        node ? editNode(g, node.id, { sectors: [s.id] }) : null,
      );
    }
    case 9:
      return addRelation(g, { label }).command;
    case 10:
      return o.x % 2
        ? retitle(g, label)
        : node && other
          ? markDistinct(g, node.id, other.id)
          : null;
    case 11: {
      // A passage of the article, anchored, captured as evidence for a relationship.
      const quoted = anchoredEvidence[o.b % anchoredEvidence.length]!;
      return edge ? addEvidence(g, edge.id, quoted) : null;
    }
    case 13: {
      // A step showing a node, quoting a relationship's evidence: what deleting or merging
      // that node, or editing that evidence, must carry along.
      const quotes = edge?.provenance.length ? [{ edge: edge.id, index: 0 }] : [];
      return node
        ? addStep(
            g,
            story,
            { title: label, view: `node=${encodeURIComponent(node.id)}`, quotes },
            o.b,
          )
        : null;
    }
    case 14:
      return o.x % 2 ? moveStep(g, story, o.a % 7, o.b % 7) : deleteStep(g, story, o.a % 7);
    case 15:
      return edge ? editEdge(g, edge.id, { provenance: edge.provenance.slice(1) }) : null;
    case 16:
      return o.x % 3 === 0
        ? deleteStory(g, story)
        : o.x % 3 === 1
          ? addStory(g, label).command
          : editStep(g, story, o.a % 7, { caption: label });
    case 17: {
      // A dated assessment (some on a date already recorded, which replaces it), or a target.
      if (!node) return null;
      const date = ['2021', '2022-06', '2023-01-15'][o.b % 3]!;
      return o.x % 4 === 0
        ? setTarget(
            g,
            node.id,
            o.x % 8 === 0 ? null : { influence: 1 + (o.a % 5), interest: 1 + (o.b % 5) },
          )
        : assess(g, node.id, {
            date,
            influence: 1 + (o.a % 5),
            interest: 1 + (o.b % 5),
            stance: (['supportive', 'neutral', 'opposed', 'unknown'] as const)[o.b % 4]!,
          });
    }
    case 18: {
      if (!node) return null;
      const dated = node.assessments?.[o.b % Math.max(1, node.assessments.length)];
      return dated
        ? deleteAssessment(g, node.id, dated.date)
        : editNode(g, node.id, {
            start: ['2019', '2020-05'][o.b % 2],
            end: o.x % 2 ? '2024' : undefined,
          });
    }
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
          const r = applyCommand(g, c);
          if (!r.ok) {
            // A refused command changes nothing, and the full loader refuses its result too.
            expect(content(g)).toEqual(states.at(-1));
            continue;
          }
          g = r.graph;
          done.push(r.command);
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

  it('accepts exactly what an import of its result accepts, and gives the same graph', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), (ops) => {
        let g = shipped;
        for (const o of ops) {
          const c = commandFor(g, o);
          if (!c) continue;
          const r = applyCommand(g, c);
          // The same records laid out as a file, read by the loader every import goes through.
          const lists = {
            nodes: [...g.nodes],
            edges: [...g.edges],
            stories: [...g.stories.values()],
          };
          for (const ch of c.changes) {
            if (ch.kind !== 'node' && ch.kind !== 'edge' && ch.kind !== 'story') continue;
            const list: { id: string }[] =
              ch.kind === 'node' ? lists.nodes : ch.kind === 'edge' ? lists.edges : lists.stories;
            const at = list.findIndex((x) => x.id === ch.id);
            if (ch.before === null && ch.after) list.splice(ch.index, 0, ch.after);
            else if (ch.after === null) list.splice(at, 1);
            else list[at] = ch.after;
          }
          if (
            c.changes.some((ch) => ch.kind !== 'node' && ch.kind !== 'edge' && ch.kind !== 'story')
          ) {
            if (r.ok) g = r.graph;
            continue;
          }
          const loaded = loadGraphValue(plainFile(g, lists.nodes, lists.edges, lists.stories));
          expect(r.ok).toBe(loaded.ok);
          if (r.ok && loaded.ok) {
            expect(content(r.graph)).toEqual(content(loaded.graph));
            g = r.graph;
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('each command followed by its inverse is the identity', () => {
    fc.assert(
      fc.property(op, (o) => {
        const c = commandFor(shipped, o);
        if (!c) return;
        const r = applyCommand(shipped, c);
        if (!r.ok) return;
        expect(content(apply(r.graph, inverseOf(r.command)))).toEqual(content(shipped));
      }),
      { numRuns: 200 },
    );
  });

  it('merging keeps every piece of evidence and every relationship, moved to the merged node', () => {
    const quotes = (g: GraphModel) =>
      g.edges.flatMap((e) => e.provenance.map((p) => p.quote)).sort();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: shipped.nodes.length - 1 }), { minLength: 2, maxLength: 4 }),
        (picks) => {
          const ids = picks.map((i) => shipped.nodes[i]!.id);
          const r = applyCommand(shipped, mergeNodes(shipped, ids)!);
          // Merging a meeting into a person would leave relationships stated at a non-meeting.
          if (!r.ok) return;
          expect(quotes(r.graph)).toEqual(quotes(shipped));
          expect(r.graph.edges).toHaveLength(shipped.edges.length);
          expect(r.graph.nodes).toHaveLength(shipped.nodes.length - ids.length + 1);
          for (const gone of ids.slice(1)) {
            expect(r.graph.nodeById.has(gone)).toBe(false);
            expect(r.graph.nodeById.get(ids[0]!)?.aliases).toContain(
              shipped.nodeById.get(gone)!.label.en,
            );
          }
        },
      ),
      { numRuns: 100 },
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
      params: {
        label: 'Japan International Cooperation Agency (JICA)',
        labelHi: 'जापानी अंतर्राष्ट्रीय सहयोग एजेंसी (JICA)',
        edges: 6,
      },
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
