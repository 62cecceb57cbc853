import { freshStore, until } from './storeHelpers';
import { describe, expect, it } from 'vitest';
import { editNode } from '../../src/graph/edits';
import type { GraphModel } from '../../src/graph/model';
import { startAnalysisSync } from '../../src/io/analysisSync';

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
