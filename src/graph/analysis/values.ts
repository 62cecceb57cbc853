import type { GraphModel } from '../model';
import { NODE_TYPES } from '../../schema/graphFile';
import { attributeColumns, categoriesOf, numberOf } from './columns';
import type { MetricValues } from './metricNames';
import type { GroupBy, Measure } from './view';

/**
 * A measure's value for every node (index `i` for `nodes[i]`), NaN where a node has none; null
 * when it is a metric not computed yet.
 */
export function measureValues(
  graph: GraphModel,
  metrics: MetricValues | null,
  measure: Measure,
): Float64Array | null {
  if (measure.kind === 'metric') {
    const values = metrics?.[measure.name];
    return values && values.length === graph.nodes.length ? values : null;
  }
  return Float64Array.from(graph.nodes, (node) => numberOf(node, measure.key));
}

/**
 * Each node's group as a number (nodes with no group share -1) and the groups' names; null
 * when it needs communities not computed yet.
 */
export function groupsOf(
  graph: GraphModel,
  metrics: MetricValues | null,
  by: GroupBy,
): { readonly group: Int32Array; readonly names: readonly string[] } | null {
  if (by.kind === 'community') {
    const community = metrics?.community;
    if (!community || community.length !== graph.nodes.length) return null;
    const count = community.reduce((top, c) => Math.max(top, c + 1), 0);
    return {
      group: Int32Array.from(community),
      names: Array.from({ length: count }, (_, i) => String(i + 1)),
    };
  }
  if (by.kind === 'type') {
    const index = new Map<string, number>(NODE_TYPES.map((t, i) => [t, i]));
    return {
      group: Int32Array.from(graph.nodes, (n) => index.get(n.type) ?? -1),
      names: NODE_TYPES,
    };
  }
  const names: string[] = [];
  const index = new Map<string, number>();
  const key = (value: string) => {
    let i = index.get(value);
    if (i === undefined) {
      index.set(value, (i = names.length));
      names.push(value);
    }
    return i;
  };
  const group = Int32Array.from(graph.nodes, (n) => {
    const first = by.kind === 'sector' ? n.sectors[0] : categoriesOf(n, by.key)[0];
    return first === undefined || first === '' ? -1 : key(first);
  });
  return { group, names };
}

/** The smallest and largest finite value, or null when there is none. */
export function extentOf(values: ArrayLike<number>): { min: number; max: number } | null {
  let [min, max] = [Infinity, -Infinity];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) [min, max] = [Math.min(min, v), Math.max(max, v)];
  }
  return min <= max ? { min, max } : null;
}

/**
 * True when a grouping tells nodes apart: at least two groups, none holding nine in ten of the
 * nodes that have one. A grouping where every node is "other" makes every broker a coordinator.
 */
function informative(group: Int32Array): boolean {
  const counts = new Map<number, number>();
  let total = 0;
  for (const g of group)
    if (g >= 0) {
      counts.set(g, (counts.get(g) ?? 0) + 1);
      total++;
    }
  if (counts.size < 2) return false;
  return Math.max(...counts.values()) < 0.9 * total;
}

/**
 * The grouping broker roles use when the user has chosen none: node type, else first sector,
 * else the first of the file's categories that tells nodes apart, else communities (computed
 * in the worker, so always available in the end). In: a graph. Out: the grouping.
 */
export function informativeGroup(graph: GraphModel): GroupBy {
  let by = chosenFor.get(graph);
  if (!by) chosenFor.set(graph, (by = chooseGroup(graph)));
  return by;
}
const chosenFor = new WeakMap<GraphModel, GroupBy>();

function chooseGroup(graph: GraphModel): GroupBy {
  const candidates: GroupBy[] = [
    { kind: 'type' },
    { kind: 'sector' },
    ...attributeColumns(graph)
      .filter((c) => c.values.length >= 2)
      .map((c): GroupBy => ({ kind: 'category', key: c.key })),
  ];
  for (const by of candidates) {
    const groups = groupsOf(graph, null, by);
    if (groups && informative(groups.group)) return by;
  }
  return { kind: 'community' };
}
