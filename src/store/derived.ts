import { bundlesOf, type Bundles } from '../graph/bundles';
import { applyFilters, sectorCounts, type VisibleSet } from '../graph/filters';
import { degrees } from '../graph/metrics';
import { withPositions, type GraphModel } from '../graph/model';
import { buildSearchIndex, type SearchIndex } from '../graph/search';
import { highlightFor, shownSet } from '../graph/view';
import type { AppState } from './types';

/** Remembers the last result per argument list, compared by identity. */
function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}

/** Per-graph data computed once: a WeakMap keyed by the immutable model. */
function perGraph<R>(fn: (g: GraphModel) => R): (g: GraphModel) => R {
  const cache = new WeakMap<GraphModel, R>();
  return (g) => {
    let r = cache.get(g);
    if (r === undefined) {
      r = fn(g);
      cache.set(g, r);
    }
    return r;
  };
}

const filteredMemo = memoLast(applyFilters);
const shownMemo = memoLast(shownSet);
const highlightMemo = memoLast(highlightFor);
const countsMemo = memoLast(sectorCounts);
const placedMemo = memoLast(withPositions);

export const searchIndexOf: (g: GraphModel) => SearchIndex = perGraph(buildSearchIndex);
/** Edges drawn together because they share both ends. */
export const bundlesFor: (g: GraphModel) => Bundles = perGraph(bundlesOf);
export const degreesOf: (g: GraphModel) => ReadonlyMap<string, number> = perGraph(degrees);

/** Nodes and edges passing the filters. */
export const selectFiltered = (s: AppState): VisibleSet => filteredMemo(s.graph, s.filters);
/** What the canvas and the list show (filters, then focus mode). */
export const selectShown = (s: AppState): VisibleSet =>
  shownMemo(s.graph, selectFiltered(s), s.selection, s.focusDepth, s.focusOnly);
/** The emphasised neighbourhood of the selection, or null. */
export const selectHighlight = (s: AppState): VisibleSet | null =>
  highlightMemo(s.graph, s.selection, s.focusDepth, selectShown(s));
/** Node counts per sector for the filter list. */
export const selectSectorCounts = (s: AppState): ReadonlyMap<string, number> =>
  countsMemo(s.graph, s.filters);
/** The graph with every node where it is drawn now: what is stored and exported. */
export const selectPlacedGraph = (s: AppState): GraphModel => placedMemo(s.graph, s.positions);
