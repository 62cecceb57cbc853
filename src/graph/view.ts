import { applyFilters, type VisibleSet } from './filters';
import type { GraphModel } from './model';
import { neighbourhood } from './neighbourhood';

export type Selection =
  { readonly kind: 'node'; readonly id: string } | { readonly kind: 'edge'; readonly id: string };

/** The neighbourhood that is emphasised around a selection; null when nothing is selected. */
export function highlightFor(
  graph: GraphModel,
  selection: Selection | null,
  depth: number,
  visible: VisibleSet,
): VisibleSet | null {
  if (!selection) return null;
  if (selection.kind === 'node') return neighbourhood(graph, selection.id, depth, visible);
  const edge = graph.edgeById.get(selection.id);
  if (!edge || !visible.edges.has(edge.id)) return { nodes: new Set(), edges: new Set() };
  return { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) };
}

/**
 * What the canvas and the list show: the filtered graph, narrowed to the selected node's
 * neighbourhood in focus mode. Out: the filtered set itself when focus mode does not apply,
 * so its identity changes only when the shown graph does.
 */
export function shownSet(
  graph: GraphModel,
  filtered: VisibleSet,
  selection: Selection | null,
  depth: number,
  focusOnly: boolean,
): VisibleSet {
  if (!focusOnly || selection?.kind !== 'node' || !filtered.nodes.has(selection.id))
    return filtered;
  return neighbourhood(graph, selection.id, depth, filtered);
}

export { applyFilters };
