import type { VisibleSet } from './filters';
import type { GraphModel } from './model';

/**
 * Nodes and edges within `depth` hops of a node, walking edges in either direction and only
 * through what `within` shows. In: a graph, a start id, a depth ≥ 0, the visible set. Out: the
 * neighbourhood, which always contains the start node if it is visible. Cost is proportional to
 * the edges touched, not the graph.
 */
export function neighbourhood(
  graph: GraphModel,
  start: string,
  depth: number,
  within: VisibleSet,
): VisibleSet {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!within.nodes.has(start)) return { nodes, edges };
  nodes.add(start);
  let frontier = [start];
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const e of graph.incident.get(id) ?? []) {
        if (!within.edges.has(e.id)) continue;
        edges.add(e.id);
        const other = e.source === id ? e.target : e.source;
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  // Edges between two nodes already reached at the last hop belong to the picture too.
  for (const id of frontier)
    for (const e of graph.incident.get(id) ?? [])
      if (within.edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  return { nodes, edges };
}
