import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import closeness from 'graphology-metrics/centrality/closeness';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOf, neighbourSets } from '../../../src/graph/analysis/compact';
import {
  betweennessOf,
  closenessOf,
  computeMetrics,
  sampleSources,
} from '../../../src/graph/analysis/metrics';
import { importFiles } from '../../../src/formats/importGraph';

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/metrics/${name}`, import.meta.url)), 'utf8');
const loaded = importFiles([{ name: 'graph-1000.csv', text: read('graph-1000.csv') }]);
if (!loaded.ok) throw new Error('the reference graph must load');
const compact = compactOf(loaded.graph);
const neighbours = neighbourSets(compact);

function undirected(n: number, pairs: readonly (readonly [number, number])[]) {
  const g = new UndirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b] of pairs) if (a !== b) g.mergeEdge(String(a), String(b));
  return g;
}
const setsOf = (g: UndirectedGraph) =>
  Array.from({ length: g.order }, (_, i) => new Set(g.neighbors(String(i)).map(Number)));
const none = () => {};

/** The ids of the `k` highest values. */
const top = (values: Float64Array, k: number) =>
  new Set([...values.keys()].sort((a, b) => values[b]! - values[a]! || a - b).slice(0, k));

describe('closeness and betweenness', () => {
  it('closeness by our search is graphology’s, on any graph, connected or not', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }),
            ),
          ),
        ([n, pairs]) => {
          const g = undirected(n, pairs);
          const theirs = closeness(g, { wassermanFaust: true });
          const ours = closenessOf(setsOf(g), none);
          for (let i = 0; i < n; i++) expect(ours[i]).toBeCloseTo(theirs[String(i)]!, 12);
        },
      ),
    );
  });

  it('sampled from every node, the estimates are the exact values', () => {
    const all = sampleSources(compact.n, compact.n);
    const g = undirected(
      compact.n,
      [...compact.source].map((s, k) => [s, compact.target[k]!] as const),
    );
    const exactB = betweennessOf(g, none);
    const sampledB = betweennessOf(g, none, all);
    const exactC = closenessOf(neighbours, none);
    const sampledC = closenessOf(neighbours, none, all);
    for (let i = 0; i < compact.n; i++) {
      expect(sampledB[i]).toBeCloseTo(exactB[i]!, 12);
      expect(sampledC[i]).toBeCloseTo(exactC[i]!, 12);
    }
  });

  it('from a fifth of the nodes, they rank and measure the graph nearly as the exact ones do', () => {
    const g = undirected(
      compact.n,
      [...compact.source].map((s, k) => [s, compact.target[k]!] as const),
    );
    const sample = sampleSources(compact.n, 200);
    expect(new Set(sample).size).toBe(200);
    const exactB = betweennessOf(g, none);
    const estB = betweennessOf(g, none, sample);
    const overlap = [...top(estB, 10)].filter((i) => top(exactB, 10).has(i)).length;
    expect(overlap).toBeGreaterThanOrEqual(7);
    const exactC = closenessOf(neighbours, none);
    const estC = closenessOf(neighbours, none, sample);
    const errors = [...exactC.keys()]
      .filter((i) => exactC[i]! > 0)
      .map((i) => Math.abs(estC[i]! - exactC[i]!) / exactC[i]!)
      .sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThan(0.05);
  });

  it('closeness says how far it has got', () => {
    const steps: number[] = [];
    closenessOf(neighbours, (done) => steps.push(done));
    expect(steps.length).toBe(100);
    expect(steps.at(-1)).toBe(1);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('the same graph size samples the same sources', () => {
    expect([...sampleSources(5000, 10)]).toEqual([...sampleSources(5000, 10)]);
    expect(sampleSources(20, 1000).length).toBe(20);
  });

  it('a metrics run asked to estimate on a graph no bigger than the sample is exact', () => {
    const exact = computeMetrics(compact, none, true);
    const estimated = computeMetrics(compact, none, false);
    for (let i = 0; i < compact.n; i++) {
      expect(estimated.betweenness![i]).toBeCloseTo(exact.betweenness![i]!, 12);
      expect(estimated.closeness![i]).toBeCloseTo(exact.closeness![i]!, 12);
    }
  });
});
