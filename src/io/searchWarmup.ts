import { prepareSearch } from '../graph/search';
import type { AppStore } from '../store/store';
import { searchIndexOf } from '../store/derived';

/** How long the data must rest before the index is made: not while a graph opens or is edited. */
const REST_MS = 1000;
/** The most one slice may take where the browser cannot say how idle it is. */
const SLICE_MS = 8;

type Idle = (more: () => boolean) => void;

/** Runs `work` when the page is idle, with a way to ask whether the idle time lasts. */
function whenIdle(work: Idle): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1), {
      timeout: 2000,
    });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const until = performance.now() + SLICE_MS;
    work(() => performance.now() < until);
  }, 0);
  return () => clearTimeout(id);
}

/**
 * Makes the search index of the graph shown while the user is not doing anything, a slice of
 * nodes at a time: on a 20,000-node map the first keystroke otherwise indexed every node (and
 * the first name typed in the other script made every node's consonant skeletons) before it
 * could answer. After an edit only the nodes it changed are indexed again.
 */
export function startSearchWarmup(store: AppStore): () => void {
  let rest: ReturnType<typeof setTimeout> | null = null;
  let cancel: (() => void) | null = null;
  const stop = () => {
    if (rest !== null) clearTimeout(rest);
    cancel?.();
    rest = null;
    cancel = null;
  };
  const start = () => {
    stop();
    const graph = store.getState().graph;
    let at = 0;
    const slice: Idle = (more) => {
      cancel = null;
      if (store.getState().graph !== graph) return;
      at = prepareSearch(graph.nodes, at, more);
      if (at < graph.nodes.length) cancel = whenIdle(slice);
      // Every entry is ready: the index itself is one list of them.
      else searchIndexOf(graph);
    };
    rest = setTimeout(() => {
      rest = null;
      cancel = whenIdle(slice);
    }, REST_MS);
  };
  start();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.graph !== prev.graph) start();
  });
  return () => {
    unsubscribe();
    stop();
  };
}
