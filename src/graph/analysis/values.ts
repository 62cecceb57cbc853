import type { GraphModel } from '../model';
import { NODE_TYPES } from '../../schema/graphFile';
import { categoriesOf, numberOf } from './columns';
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
