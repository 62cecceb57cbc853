import { describe, expect, it } from 'vitest';
import { editNode } from '../../src/graph/edits';
import type { GraphModel } from '../../src/graph/model';
import { startAnalysisSync } from '../../src/io/analysisSync';
import { loadBundledGraph } from '../../src/io/bundledData';
import { createAppStore, type AppStore } from '../../src/store/store';
import type { AppState } from '../../src/store/types';

function freshStore() {
  const shipped = loadBundledGraph();
  if (!shipped.ok) throw new Error('shipped data must load');
  return createAppStore({
    graph: shipped.graph,
    origin: { kind: 'bundled', name: 's' },
    lang: 'en',
  });
}

/** Resolves once the store's state passes the test: a real signal, not a fixed wait. */
const until = (store: AppStore, test: (s: AppState) => boolean) =>
  new Promise<void>((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (!test(s)) return;
      stop();
      resolve();
    });
  });

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
