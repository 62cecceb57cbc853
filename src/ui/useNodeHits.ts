import { useEffect, useMemo, useState } from 'react';
import type { GraphModel, GraphNode } from '../graph/model';
import { searchNodes, startSearch, type SearchHit } from '../graph/search';
import { searchIndexOf } from '../store/derived';

/** How many suggestions a node combobox lists at once. */
export const HITS_SHOWN = 12;

/**
 * Above this many nodes a query is answered between frames, a slice at a time: ranking 20,000
 * names in one go held the keystroke's frame up by 40–60 ms while the page's code was cold.
 */
export const SLICED_FROM = 2000;

/** The most one slice of a search may take, so a frame due meanwhile is drawn on time. */
const SLICE_MS = 4;

const byName = new Intl.Collator(['en', 'hi']);

/** The best matches for typed text, as the suggestions list them, in one go. */
export function findNodeHits(
  graph: GraphModel,
  query: string,
  accept?: (node: GraphNode) => boolean,
): SearchHit[] {
  // The index is built when the user first types (or the page is idle), not while a graph loads.
  return searchNodes(searchIndexOf(graph), query, HITS_SHOWN, accept);
}

interface Answer {
  readonly graph: GraphModel;
  readonly query: string;
  readonly accept: ((node: GraphNode) => boolean) | undefined;
  readonly hits: SearchHit[];
}

/** A big graph's answer for what was typed, made in slices; meanwhile the one before. */
function useSlicedHits(
  graph: GraphModel,
  query: string,
  accept: ((node: GraphNode) => boolean) | undefined,
  sliced: boolean,
): { answer: Answer | null; busy: boolean } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!sliced) return;
    const run = startSearch(searchIndexOf(graph), query, HITS_SHOWN, accept);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      if (run.step(() => performance.now() < until))
        setAnswer({ graph, query, accept, hits: run.hits() });
      else timer = setTimeout(slice, 0);
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [graph, query, accept, sliced]);
  const current =
    answer !== null && answer.graph === graph && answer.query === query && answer.accept === accept;
  return { answer, busy: sliced && !current };
}

/**
 * The suggestions of a node combobox: the best matches for what was typed, among the nodes it
 * accepts; with nothing typed and `browse` set, the first of them by name, so a short list of
 * choices (the organisations of a small map) can be picked without knowing a name. `busy` while
 * the suggestions shown are for an earlier text (a big graph's search is still going on).
 */
export function useNodeHits(
  graph: GraphModel,
  query: string,
  loc: (label: GraphNode['label']) => string,
  accept?: (node: GraphNode) => boolean,
  browse = false,
): { hits: SearchHit[]; busy: boolean } {
  const typed = query.trim() !== '';
  const sliced = typed && graph.nodes.length > SLICED_FROM;
  const found = useMemo(
    () => (typed && !sliced ? findNodeHits(graph, query, accept) : []),
    [graph, query, typed, sliced, accept],
  );
  const later = useSlicedHits(graph, query, accept, sliced);
  const browsed = useMemo(() => {
    if (typed || !browse) return [];
    const names = graph.nodes
      .filter((n) => !accept || accept(n))
      .map((node) => ({ node, name: loc(node.label) }));
    return names
      .sort((a, b) => byName.compare(a.name, b.name))
      .slice(0, HITS_SHOWN)
      .map(({ node, name }) => ({ node, matched: name }));
  }, [graph, typed, browse, accept, loc]);
  if (!typed) return { hits: browsed, busy: false };
  if (!sliced) return { hits: found, busy: false };
  // The answer before stays listed until the new one is ready, unless it was for another graph.
  const shown = later.answer?.graph === graph ? later.answer.hits : [];
  return { hits: shown, busy: later.busy };
}
