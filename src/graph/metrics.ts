import type { GraphModel } from './model';

/** Number of edges touching each node (a self-loop counts once). Every node has an entry. */
export function degrees(graph: GraphModel): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [id, list] of graph.incident) out.set(id, list.length);
  return out;
}
