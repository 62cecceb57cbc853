import type { NodeType } from '../schema/graphFile';
import { NO_SECTOR } from '../schema/storyView';
import { categoriesOf } from './analysis/columns';
import type { Range } from './analysis/view';
import type { GraphModel, GraphNode } from './model';

/** The key under which nodes without any sector are counted and filtered. */
export { NO_SECTOR } from '../schema/storyView';

/**
 * What the user has switched off. Empty sets mean everything shows, so a new graph needs no
 * set-up and an unknown id in a shared link hides nothing.
 */
export interface Filters {
  readonly hiddenSectors: ReadonlySet<string>;
  readonly hiddenTypes: ReadonlySet<NodeType>;
  readonly hiddenRelations: ReadonlySet<string>;
  readonly hideIsolated: boolean;
  /** Ranges nodes must lie in, by measure token (`metric:betweenness`, `attribute:budget`). */
  readonly ranges: ReadonlyMap<string, Range>;
  /** Values switched off, by category attribute ('' stands for "no value"). */
  readonly hiddenValues: ReadonlyMap<string, ReadonlySet<string>>;
}

export const NO_FILTERS: Filters = Object.freeze({
  hiddenSectors: new Set<string>(),
  hiddenTypes: new Set<NodeType>(),
  hiddenRelations: new Set<string>(),
  hideIsolated: false,
  ranges: new Map<string, Range>(),
  hiddenValues: new Map<string, ReadonlySet<string>>(),
});

/** A measure's value per node index, or null while it is not known (a metric still computing). */
export type MeasureLookup = (token: string) => ArrayLike<number> | null;

/** True when any filter is on. */
export function filtersActive(f: Filters): boolean {
  return (
    f.hiddenSectors.size > 0 ||
    f.hiddenTypes.size > 0 ||
    f.hiddenRelations.size > 0 ||
    f.hideIsolated ||
    f.ranges.size > 0 ||
    f.hiddenValues.size > 0
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
 * type is on, any of its sectors is on (or "no sector" is on, for nodes without any), its
 * measures lie in their ranges and any of its values of each filtered attribute is on; an edge
 * shows if its relation is on and both ends show. O(nodes + edges).
 */
export function applyFilters(
  graph: GraphModel,
  f: Filters,
  /** Ids an as-of view hides: what did not exist then. */
  timeHidden: ReadonlySet<string> | null = null,
  measure: MeasureLookup | null = null,
): VisibleSet {
  // A range over a value not known yet applies once it is: nothing is hidden meanwhile.
  const ranges = [...f.ranges].flatMap(([token, range]) => {
    const values = measure?.(token);
    return values ? [{ values, range }] : [];
  });
  const values = [...f.hiddenValues].filter(([, hidden]) => hidden.size > 0);
  const nodes = new Set<string>();
  graph.nodes.forEach((n, i) => {
    if (f.hiddenTypes.has(n.type) || !passesSector(n, f.hiddenSectors)) return;
    if (timeHidden?.has(n.id)) return;
    for (const { values: v, range } of ranges) {
      const x = v[i];
      // A node without a value is outside every range.
      if (x === undefined || !(x >= range.min && x <= range.max)) return;
    }
    for (const [key, hidden] of values)
      if (categoriesOf(n, key).every((c) => hidden.has(c))) return;
    nodes.add(n.id);
  });
  const edges = new Set<string>();
  for (const e of graph.edges)
    if (
      !f.hiddenRelations.has(e.relation) &&
      !timeHidden?.has(e.id) &&
      nodes.has(e.source) &&
      nodes.has(e.target)
    )
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
