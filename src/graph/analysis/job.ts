import type { CompactGraph } from './compact';
import { ROLES, type RoleCounts } from './brokerage';
import { METRICS, type MetricValues } from './metricNames';
import type { Path } from './paths';

/** What the analysis worker is asked: metrics, paths between two nodes, or broker roles. */
export type AnalysisJob =
  | {
      readonly kind: 'metrics';
      readonly id: number;
      readonly graph: CompactGraph;
      /** Betweenness and closeness exactly even on a graph big enough to estimate them. */
      readonly exact: boolean;
    }
  | {
      readonly kind: 'paths';
      readonly id: number;
      readonly graph: CompactGraph;
      readonly from: number;
      readonly to: number;
      readonly directed: boolean;
      readonly avoid: readonly number[];
    }
  | {
      readonly kind: 'roles';
      readonly id: number;
      readonly graph: CompactGraph;
      readonly group: Int32Array;
    };

export type AnalysisReply =
  | {
      readonly kind: 'metrics';
      readonly id: number;
      readonly values: MetricValues;
      readonly done: number;
      /** Whether betweenness and closeness are estimated from sampled sources. */
      readonly estimated: boolean;
    }
  | { readonly kind: 'paths'; readonly id: number; readonly paths: readonly Path[] }
  | { readonly kind: 'roles'; readonly id: number; readonly counts: RoleCounts }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

const get = (value: object, key: string): unknown => Reflect.get(value, key);
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const isIndexList = (value: unknown, n: number): value is number[] =>
  Array.isArray(value) && value.every((i) => Number.isInteger(i) && i >= 0 && i < n);

function readGraph(value: unknown): CompactGraph | null {
  if (!isObject(value)) return null;
  const [n, source, target, weight, directed, type] = [
    'n',
    'source',
    'target',
    'weight',
    'directed',
    'type',
  ].map((k) => get(value, k));
  if (
    typeof n !== 'number' ||
    !(source instanceof Int32Array) ||
    !(target instanceof Int32Array) ||
    !(weight instanceof Float64Array) ||
    !(directed instanceof Uint8Array) ||
    !(type instanceof Uint8Array) ||
    type.length !== n ||
    [target, weight, directed].some((a) => a.length !== source.length) ||
    !source.every((i) => i >= 0 && i < n) ||
    !target.every((i) => i >= 0 && i < n)
  )
    return null;
  return { n, source, target, weight, directed, type };
}

/** Checks a job as it arrives in the worker; anything malformed is not a job. */
export function readAnalysisJob(value: unknown): AnalysisJob | null {
  if (!isObject(value)) return null;
  const id = get(value, 'id');
  const kind = get(value, 'kind');
  const graph = readGraph(get(value, 'graph'));
  if (typeof id !== 'number' || !graph) return null;
  if (kind === 'metrics') return { kind, id, graph, exact: get(value, 'exact') === true };
  if (kind === 'paths') {
    const [from, to, directed, avoid] = ['from', 'to', 'directed', 'avoid'].map((k) =>
      get(value, k),
    );
    if (
      !isIndexList([from, to], graph.n) ||
      typeof from !== 'number' ||
      typeof to !== 'number' ||
      typeof directed !== 'boolean' ||
      !isIndexList(avoid, 256)
    )
      return null;
    return { kind, id, graph, from, to, directed, avoid };
  }
  if (kind === 'roles') {
    const group = get(value, 'group');
    if (!(group instanceof Int32Array) || group.length !== graph.n) return null;
    return { kind, id, graph, group };
  }
  return null;
}

function readPath(value: unknown): Path | null {
  if (!isObject(value)) return null;
  const nodes = get(value, 'nodes');
  const edges = get(value, 'edges');
  if (!isIndexList(nodes, Infinity) || !isIndexList(edges, Infinity)) return null;
  return nodes.length === edges.length + 1 ? { nodes, edges } : null;
}

/**
 * Checks a message from the worker before it is trusted: a stale or garbled one must change
 * nothing.
 */
export function readAnalysisReply(value: unknown): AnalysisReply | null {
  if (!isObject(value)) return null;
  const id = get(value, 'id');
  const kind = get(value, 'kind');
  if (typeof id !== 'number') return null;
  if (kind === 'failed') {
    const message = get(value, 'message');
    return typeof message === 'string' ? { kind, id, message } : null;
  }
  if (kind === 'metrics') {
    const done = get(value, 'done');
    const raw = get(value, 'values');
    const estimated = get(value, 'estimated');
    if (typeof done !== 'number' || !isObject(raw) || typeof estimated !== 'boolean') return null;
    const values: MetricValues = {};
    for (const name of METRICS) {
      const v = get(raw, name);
      if (v === undefined) continue;
      if (!(v instanceof Float64Array)) return null;
      values[name] = v;
    }
    return { kind, id, values, done, estimated };
  }
  if (kind === 'paths') {
    const raw = get(value, 'paths');
    if (!Array.isArray(raw)) return null;
    const paths = raw.map(readPath);
    if (!paths.every((p): p is Path => p !== null)) return null;
    return { kind, id, paths };
  }
  if (kind === 'roles') {
    const raw = get(value, 'counts');
    if (!isObject(raw)) return null;
    const lists = ROLES.map((r) => get(raw, r));
    if (!lists.every((l): l is Float64Array => l instanceof Float64Array)) return null;
    const [coordinator, itinerant, gatekeeper, representative, liaison] = lists;
    if (!coordinator || !itinerant || !gatekeeper || !representative || !liaison) return null;
    return {
      kind,
      id,
      counts: { coordinator, itinerant, gatekeeper, representative, liaison },
    };
  }
  return null;
}
