import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOf } from '../../../src/graph/analysis/compact';
import { PATH_DEFAULTS, shortestPaths } from '../../../src/graph/analysis/paths';
import { NODE_TYPES } from '../../../src/schema/graphFile';
import { shippedGraph } from '../shippedGraph';
import { at, graphOf } from './fixtures';

const shipped = shippedGraph();
const names = (graph: ReturnType<typeof shippedGraph>, nodes: readonly number[]) =>
  nodes.map((i) => graph.nodes[i]?.id);

describe('shortestPaths', () => {
  it('links Aditi Puri to Ryohei Aiba through the meetings, the Industry Secretary among them', () => {
    const g = compactOf(shipped);
    const paths = shortestPaths(g, at(shipped, 'aditi-puri'), at(shipped, 'ryohei-aiba'));
    expect(paths).toHaveLength(5);
    const chains = paths.map((p) => names(shipped, p.nodes).join(' > '));
    // Four routes of four steps, fewest-connected contacts first, then a longer one.
    expect(chains.slice(0, 4)).toEqual([
      'aditi-puri > meeting-jica > varun-ranjan > meeting-nec > ryohei-aiba',
      'aditi-puri > meeting-jica > hemant-soren > meeting-nec > ryohei-aiba',
      'aditi-puri > meeting-jica > arva-rajkamal > meeting-nec > ryohei-aiba',
      'aditi-puri > meeting-jica > report > meeting-nec > ryohei-aiba',
    ]);
    expect(paths[4]!.edges.length).toBe(5);
    // Every hop is an edge between the two nodes it joins.
    for (const p of paths)
      p.edges.forEach((k, i) => {
        const e = shipped.edges[k]!;
        expect(new Set([e.source, e.target])).toEqual(
          new Set(names(shipped, [p.nodes[i]!, p.nodes[i + 1]!])),
        );
      });
  });

  it('avoids node types in between, but not at the ends', () => {
    const g = compactOf(shipped);
    const avoid = new Set([NODE_TYPES.indexOf('document'), NODE_TYPES.indexOf('person')]);
    const paths = shortestPaths(g, at(shipped, 'aditi-puri'), at(shipped, 'ryohei-aiba'), {
      ...PATH_DEFAULTS,
      avoid,
    });
    for (const p of paths)
      for (const i of p.nodes.slice(1, -1)) expect(avoid.has(g.type[i]!)).toBe(false);
    expect(paths[0] && names(shipped, paths[0].nodes)).toEqual([
      'aditi-puri',
      'meeting-jica',
      'new-delhi',
      'jharkhand-bhawan',
      'meeting-nec',
      'ryohei-aiba',
    ]);
  });

  it('follows arrows only in their direction when asked', () => {
    const graph = graphOf('source,target\na,b\nc,b\nc,d\n');
    const g = compactOf(graph);
    expect(shortestPaths(g, at(graph, 'a'), at(graph, 'd'))).toHaveLength(1);
    expect(
      shortestPaths(g, at(graph, 'a'), at(graph, 'd'), { ...PATH_DEFAULTS, directed: true }),
    ).toEqual([]);
    expect(
      shortestPaths(g, at(graph, 'c'), at(graph, 'd'), { ...PATH_DEFAULTS, directed: true }),
    ).toHaveLength(1);
  });

  it('stops at the hop limit, and finds nothing between a node and itself', () => {
    const chain = graphOf(
      `source,target\n${Array.from({ length: 8 }, (_, i) => `n${i},n${i + 1}`).join('\n')}\n`,
    );
    const g = compactOf(chain);
    expect(shortestPaths(g, at(chain, 'n0'), at(chain, 'n6'))).toHaveLength(1);
    expect(shortestPaths(g, at(chain, 'n0'), at(chain, 'n7'))).toEqual([]);
    expect(shortestPaths(g, 0, 0)).toEqual([]);
  });

  it('does not count parallel edges as other paths', () => {
    const graph = graphOf('source,target\na,b\na,b\nb,a\nb,c\n');
    const paths = shortestPaths(compactOf(graph), at(graph, 'a'), at(graph, 'c'));
    expect(paths).toHaveLength(1);
  });

  it('on any graph: paths are simple, shortest first, distinct, the first as short as BFS finds', () => {
    const edgeList = fc.uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 0, max: 11 })),
      { minLength: 1, maxLength: 40, selector: ([a, b]) => `${a},${b}` },
    );
    fc.assert(
      fc.property(
        edgeList,
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 11 }),
        (list, s, t) => {
          const graph = graphOf(
            `source,target\n${list.map(([a, b]) => `n${a},n${b}`).join('\n')}\n`,
          );
          const g = compactOf(graph);
          const from = at(graph, `n${s}`);
          const to = at(graph, `n${t}`);
          if (from < 0 || to < 0) return;
          const paths = shortestPaths(g, from, to);
          // Breadth-first distance, independently.
          const dist = new Map([[from, 0]]);
          const queue = [from];
          while (queue.length) {
            const u = queue.shift()!;
            for (let k = 0; k < g.source.length; k++)
              for (const [x, y] of [
                [g.source[k]!, g.target[k]!] as const,
                [g.target[k]!, g.source[k]!] as const,
              ])
                if (x === u && !dist.has(y)) {
                  dist.set(y, dist.get(u)! + 1);
                  queue.push(y);
                }
          }
          const d = dist.get(to);
          if (from === to || d === undefined || d > 6) {
            expect(paths).toEqual([]);
            return;
          }
          expect(paths[0]!.edges.length).toBe(d);
          const keys = paths.map((p) => p.nodes.join(','));
          expect(new Set(keys).size).toBe(paths.length);
          for (let i = 1; i < paths.length; i++)
            expect(paths[i]!.edges.length).toBeGreaterThanOrEqual(paths[i - 1]!.edges.length);
          for (const p of paths) {
            expect(new Set(p.nodes).size).toBe(p.nodes.length);
            expect(p.nodes[0]).toBe(from);
            expect(p.nodes[p.nodes.length - 1]).toBe(to);
            expect(p.edges.length).toBeLessThanOrEqual(6);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
