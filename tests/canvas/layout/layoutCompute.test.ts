import { describe, expect, it } from 'vitest';
import { computeLayout, FORCE_ATLAS_ABOVE } from '../../../src/canvas/layout/layoutCompute';
import { seeded } from '../../../src/graph/random';
import { applyFilters, NO_FILTERS } from '../../../src/graph/filters';
import { NODE_DRAWING } from '../../../src/graph/labelBox';
import { layoutJob, medianSpacing, type ComputedLayout } from '../../../src/graph/layoutJob';
import { loadGraphValue } from '../../../src/graph/load';
import { degrees } from '../../../src/graph/metrics';
import type { GraphModel } from '../../../src/graph/model';
import { generateGraph } from '../../bench/generate';
import { shippedGraph } from '../../graph/shippedGraph';

function jobFor(graph: GraphModel, layout: ComputedLayout, seed = 1) {
  const origin = { x: 0, y: 0 };
  const visible = applyFilters(graph, NO_FILTERS);
  return layoutJob(1, layout, graph, visible, () => origin, degrees(graph), true, seed);
}

function run(graph: GraphModel, layout: ComputedLayout, seed = 1) {
  const progress: number[] = [];
  const xy = computeLayout(jobFor(graph, layout, seed), seeded(seed), (d) => progress.push(d));
  return { xy, progress };
}

const pairs = (xy: Float64Array) =>
  Array.from({ length: xy.length / 2 }, (_, i) => `${xy[2 * i]},${xy[2 * i + 1]}`);

describe('computeLayout', () => {
  const shipped = shippedGraph();

  it.each(['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const)(
    'places every node of the shipped graph apart with %s',
    (layout) => {
      const { xy } = run(shipped, layout);
      expect(xy.length).toBe(82);
      expect([...xy].every(Number.isFinite)).toBe(true);
      expect(new Set(pairs(xy)).size).toBe(41);
    },
  );

  it('gives the same picture for the same seed, and another for another seed', () => {
    expect(pairs(run(shipped, 'fcose', 1).xy)).toEqual(pairs(run(shipped, 'fcose', 1).xy));
    expect(pairs(run(shipped, 'fcose', 2).xy)).not.toEqual(pairs(run(shipped, 'fcose', 1).xy));
  });

  it('lays out graphs above the threshold with ForceAtlas2, saying how far it has got', () => {
    const loaded = loadGraphValue(
      generateGraph({ nodes: FORCE_ATLAS_ABOVE + 100, edges: 1500, positions: false }),
    );
    if (!loaded.ok) throw new Error('generated graph must load');
    const { xy, progress } = run(loaded.graph, 'fcose');
    expect(progress).toHaveLength(20);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1]!)).toBe(true);
    expect([...xy].every(Number.isFinite)).toBe(true);
    expect(new Set(pairs(xy)).size).toBe(FORCE_ATLAS_ABOVE + 100);
  });

  it('does not pile a big star’s leaves on one another', () => {
    // ForceAtlas2 puts a star's leaves on one ring; scaled to one edge's length, 5,500 of them
    // lay 0.1 apart, each drawn 22 wide (a 20,000-leaf star took Cytoscape 20 s to draw).
    const leaves = 5500;
    const loaded = loadGraphValue({
      format: 'stakeholder-graph',
      version: 1,
      meta: { title: { en: 'Star' } },
      sectors: [],
      relations: [{ id: 'met', label: { en: 'met' } }],
      nodes: Array.from({ length: leaves + 1 }, (_, i) => ({
        id: `n${i}`,
        type: 'person',
        label: { en: `Person ${i}` },
      })),
      edges: Array.from({ length: leaves }, (_, k) => ({
        id: `e${k}`,
        source: 'n0',
        target: `n${k + 1}`,
        relation: 'met',
        label: { en: 'met' },
      })),
    });
    if (!loaded.ok) throw new Error('the star must load');
    const { xy } = run(loaded.graph, 'fcose');
    expect(medianSpacing(xy)).toBeGreaterThanOrEqual(NODE_DRAWING.minSize - 1e-9);
  });
});
