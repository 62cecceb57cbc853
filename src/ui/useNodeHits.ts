import { useMemo } from 'react';
import type { GraphModel, GraphNode } from '../graph/model';
import { searchNodes, type SearchHit } from '../graph/search';
import { searchIndexOf } from '../store/derived';

/** How many suggestions a node combobox lists at once. */
export const HITS_SHOWN = 12;

const byName = new Intl.Collator(['en', 'hi']);

/**
 * The suggestions of a node combobox: the best matches for what was typed, among the nodes it
 * accepts; with nothing typed and `browse` set, the first of them by name, so a short list of
 * choices (the organisations of a small map) can be picked without knowing a name.
 */
export function useNodeHits(
  graph: GraphModel,
  query: string,
  loc: (label: GraphNode['label']) => string,
  accept?: (node: GraphNode) => boolean,
  browse = false,
): SearchHit[] {
  const typed = query.trim() !== '';
  // The index is built when the user first types, not while a big graph loads.
  const found = useMemo(
    () => (typed ? searchNodes(searchIndexOf(graph), query, HITS_SHOWN, accept) : []),
    [graph, query, typed, accept],
  );
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
  return typed ? found : browsed;
}
