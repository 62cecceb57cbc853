import { freshStore, until } from './storeHelpers';
import { describe, expect, it } from 'vitest';
import { editNode } from '../../src/graph/edits';
import type { GraphModel } from '../../src/graph/model';
import { startAnalysisSync } from '../../src/io/analysisSync';
import { loadGraphValue } from '../../src/graph/load';
import { ESTIMATE_ABOVE } from '../../src/graph/analysis/metricNames';
import { selectEstimated } from '../../src/store/derived';
import { generateGraph } from '../bench/generate';

describe('the metrics kept in step with edits', () => {
  it('computes them again once editing pauses, for the graph as it is then, not for each step', async () => {
    const store = freshStore();
    const stop = startAnalysisSync(store);
    const opened = store.getState().graph;
    await until(store, (s) => s.metrics?.graph === s.graph);
    const computedFor = new Set<GraphModel>();
    const unwatch = store.subscribe((s) => {
      // Of the edited graphs, which had metrics computed (the opened one's may still report).
      if (s.metrics && s.metrics.graph !== opened) computedFor.add(s.metrics.graph);
    });
    for (const en of ['A', 'B', 'C'])
      store
        .getState()
        .perform(editNode(store.getState().graph, 'jica', { label: { en, hi: en } })!);
    const last = store.getState().graph;
    await until(store, (s) => s.metrics?.graph === last);
    unwatch();
    stop();
    expect([...computedFor]).toEqual([last]);
  });
});

describe('betweenness and closeness on a big graph', () => {
  it('are estimated at first, and computed exactly when asked', async () => {
    const store = freshStore();
    const loaded = loadGraphValue(
      generateGraph({ nodes: ESTIMATE_ABOVE + 200, edges: 9000, positions: true }),
    );
    if (!loaded.ok) throw new Error('generated graph must load');
    store
      .getState()
      .loadGraph(loaded.graph, { kind: 'file', name: 'big.json' }, 'stakeholder-graph');
    const stop = startAnalysisSync(store);
    const big = store.getState().graph;
    await until(store, (s) => s.metrics?.graph === big && s.metrics.done >= 1);
    expect(selectEstimated(store.getState())).toEqual(['closeness', 'betweenness']);
    const estimate = store.getState().metrics!.values.betweenness!;
    store.getState().computeExactMetrics();
    await until(store, (s) => s.metrics?.done === 1 && !s.metrics.estimated);
    stop();
    const exact = store.getState().metrics!.values.betweenness!;
    expect(exact).not.toBe(estimate);
    expect(exact.length).toBe(big.nodes.length);
    expect([...exact].some((v, i) => v !== estimate[i])).toBe(true);
  }, 60_000);
});
