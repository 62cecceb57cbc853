import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { compactOf } from '../../../src/graph/analysis/compact';
import { computeMetrics } from '../../../src/graph/analysis/metrics';
import type { MetricValues } from '../../../src/graph/analysis/metricNames';
import { importFiles } from '../../../src/formats/importGraph';
import { isRecord } from '../../../src/schema/values';

const read = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/metrics/${name}`, import.meta.url)), 'utf8');

const loaded = importFiles([{ name: 'graph-1000.csv', text: read('graph-1000.csv') }]);
if (!loaded.ok) throw new Error('the reference graph must load');
const graph = loaded.graph;
const progress: number[] = [];
const metrics: MetricValues = computeMetrics(compactOf(graph), (values, done) => {
  if (Object.keys(values).length === 0) progress.push(done);
});
/** Progress while betweenness computes (closeness reports before it, up to 0.3). */
const betweennessProgress = progress.filter((p) => p > 0.3);
const reference: unknown = JSON.parse(read('reference-1000.json'));

/** networkx's values for one metric, by node id. */
function expected(name: string): ReadonlyMap<string, number> {
  const table = isRecord(reference) ? reference[name] : undefined;
  if (!isRecord(table)) throw new Error(`no reference for ${name}`);
  return new Map(
    Object.entries(table).flatMap(([id, v]) => (typeof v === 'number' ? [[id, v]] : [])),
  );
}

function compare(name: keyof MetricValues, tolerance: number) {
  const ours = metrics[name];
  const theirs = expected(name);
  expect(ours?.length).toBe(1000);
  expect(theirs.size).toBe(1000);
  let worst = 0;
  graph.nodes.forEach((node, i) => {
    const want = theirs.get(node.id);
    const got = ours?.[i];
    if (want === undefined || got === undefined) throw new Error(`no value for ${node.id}`);
    worst = Math.max(worst, Math.abs(got - want));
  });
  expect(worst).toBeLessThan(tolerance);
}

describe('metrics against networkx on a generated 1,000-node graph', () => {
  it('has the graph the reference was computed on', () => {
    expect(graph.nodes.length).toBe(1000);
    expect(graph.edges.length).toBe(1936);
  });

  it('betweenness (normalised) matches', () => compare('betweenness', 1e-9));

  it('says how far closeness and betweenness have got, a hundredth of each at a time', () => {
    expect(progress).toHaveLength(200);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1]!)).toBe(true);
    expect(progress[0]).toBeGreaterThan(0.05);
    expect(progress[99]).toBeCloseTo(0.3, 10);
    expect(betweennessProgress).toHaveLength(100);
    expect(betweennessProgress[99]).toBeCloseTo(0.99, 10);
  });
  it('closeness (Wasserman–Faust) matches', () => compare('closeness', 1e-9));
  it('PageRank on the directed graph matches', () => compare('pagerank', 1e-6));
  it('eigenvector centrality matches', () => compare('eigenvector', 1e-5));
  it('Burt’s constraint matches', () => compare('constraint', 1e-9));

  it('finds exactly the cut vertices networkx finds', () => {
    const list = isRecord(reference) ? reference.articulation : undefined;
    if (!Array.isArray(list)) throw new Error('no reference cut vertices');
    const theirs = list.filter((id): id is string => typeof id === 'string');
    const ours = graph.nodes.filter((_, i) => metrics.articulation?.[i] === 1).map((n) => n.id);
    expect(ours.sort()).toEqual(theirs.sort());
    expect(theirs).toHaveLength(list.length);
    expect(ours.length).toBeGreaterThan(10);
  });

  it('betweenness also matches Cytoscape’s own algorithm (a third implementation)', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: n.id } })),
        ...graph.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target } })),
      ],
    });
    const bc = cy.elements().betweennessCentrality({ directed: false });
    // Cytoscape normalises by the highest value; so, here, do we.
    const ours = metrics.betweenness ?? new Float64Array();
    const top = Math.max(...ours);
    let worst = 0;
    graph.nodes.forEach((node, i) => {
      worst = Math.max(
        worst,
        Math.abs(bc.betweennessNormalized(cy.getElementById(node.id)) - (ours[i] ?? NaN) / top),
      );
    });
    expect(worst).toBeLessThan(1e-9);
  });
});
