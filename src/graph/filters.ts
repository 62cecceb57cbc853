import type { NodeType } from '../schema/graphFile';
import type { GraphModel, GraphNode } from './model';

/** The key under which nodes without any sector are counted and filtered. */
export const NO_SECTOR = '-';

/**
 * What the user has switched off. Empty sets mean everything shows, so a new graph needs no
 * set-up and an unknown id in a shared link hides nothing.
 */
export interface Filters {
  readonly hiddenSectors: ReadonlySet<string>;
  readonly hiddenTypes: ReadonlySet<NodeType>;
  readonly hiddenRelations: ReadonlySet<string>;
  readonly hideIsolated: boolean;
}

export const NO_FILTERS: Filters = Object.freeze({
  hiddenSectors: new Set<string>(),
  hiddenTypes: new Set<NodeType>(),
  hiddenRelations: new Set<string>(),
  hideIsolated: false,
});

/** True when any filter is on. */
export function filtersActive(f: Filters): boolean {
  return (
    f.hiddenSectors.size > 0 ||
    f.hiddenTypes.size > 0 ||
    f.hiddenRelations.size > 0 ||
    f.hideIsolated
  );
}

/** The ids of what is shown. Always holds: every edge in `edges` has both ends in `nodes`. */
export interface VisibleSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

function passesSector(node: GraphNode, hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0) return true;
  if (node.sectors.length === 0) return !hidden.has(NO_SECTOR);
  return node.sectors.some((s) => !hidden.has(s));
}

/**
 * Applies filters. In: a graph and filters. Out: visible node and edge ids. A node shows if its
 * type is on and any of its sectors is on (or "no sector" is on, for nodes without any); an edge
 * shows if its relation is on and both ends show. O(nodes + edges).
 */
export function applyFilters(graph: GraphModel, f: Filters): VisibleSet {
  const nodes = new Set<string>();
  for (const n of graph.nodes)
    if (!f.hiddenTypes.has(n.type) && passesSector(n, f.hiddenSectors)) nodes.add(n.id);
  const edges = new Set<string>();
  for (const e of graph.edges)
    if (!f.hiddenRelations.has(e.relation) && nodes.has(e.source) && nodes.has(e.target))
      edges.add(e.id);
  if (f.hideIsolated) {
    const connected = new Set<string>();
    for (const id of edges) {
      const e = graph.edgeById.get(id);
      // A self-loop alone does not connect a node to anything else.
      if (e && e.source !== e.target) {
        connected.add(e.source);
        connected.add(e.target);
      }
    }
    for (const id of nodes) if (!connected.has(id)) nodes.delete(id);
    for (const id of edges) {
      const e = graph.edgeById.get(id);
      if (e && !nodes.has(e.source)) edges.delete(id);
    }
  }
  return { nodes, edges };
}

/**
 * How many nodes each sector holds, counting only nodes whose type is on, plus {@link NO_SECTOR}.
 * In: a graph and filters. Out: a map from sector id to count, every sector present.
 */
export function sectorCounts(graph: GraphModel, f: Filters): ReadonlyMap<string, number> {
  const counts = new Map<string, number>([...graph.sectors.keys(), NO_SECTOR].map((s) => [s, 0]));
  for (const n of graph.nodes) {
    if (f.hiddenTypes.has(n.type)) continue;
    const keys = n.sectors.length ? new Set(n.sectors) : [NO_SECTOR];
    for (const s of keys) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}
