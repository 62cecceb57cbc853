import type { AttributeValue } from '../graph/model';
import { LIMITS } from '../schema/limits';
import { tooMany, type Problem } from '../schema/problems';
import { isRecord } from '../schema/values';
import type { RawRecord, RawResult } from './types';

/**
 * True for networkx's node-link JSON (`json_graph.node_link_data`, also d3's force layout
 * data): `nodes` with `links` (or `edges`, in networkx 3.4 and later), and no `format` of ours.
 */
export function isNodeLink(value: unknown): boolean {
  if (!isRecord(value) || 'format' in value || !Array.isArray(value.nodes)) return false;
  return Array.isArray(value.links) || ('multigraph' in value && Array.isArray(value.edges));
}

function valueOf(v: unknown): AttributeValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x)))
    return v.filter((x): x is string | number | boolean => typeof x !== 'object');
  return JSON.stringify(v).slice(0, LIMITS.maxStringLength);
}

function recordOf(item: unknown, native: readonly string[], file: string, path: string): RawRecord {
  const n = new Map<string, AttributeValue>();
  const fields = new Map<string, AttributeValue>();
  if (isRecord(item))
    for (const [k, v] of Object.entries(item)) (native.includes(k) ? n : fields).set(k, valueOf(v));
  return { native: n, fields, origin: { file, path } };
}

/**
 * Reads node-link JSON: each node's `id` and each link's `source` and `target` natively
 * (numbers become text), every other key as a field, and the graph's `directed` flag.
 */
export function readNodeLink(value: unknown, file: string): RawResult {
  if (!isRecord(value)) return { ok: true, title: file, nodes: [], edges: [] };
  const nodes = Array.isArray(value.nodes) ? value.nodes : [];
  const links = Array.isArray(value.links)
    ? value.links
    : Array.isArray(value.edges)
      ? value.edges
      : [];
  const key = Array.isArray(value.links) ? 'links' : 'edges';
  const problems: Problem[] = [];
  if (nodes.length > LIMITS.maxNodes)
    problems.push(tooMany('nodes', nodes.length, LIMITS.maxNodes, { file, path: 'nodes' }));
  if (links.length > LIMITS.maxEdges)
    problems.push(tooMany('edges', links.length, LIMITS.maxEdges, { file, path: key }));
  if (problems.length) return { ok: false, problems };
  const graph = isRecord(value.graph) ? value.graph : {};
  const name = typeof graph.name === 'string' && graph.name.trim() ? graph.name : file;
  return {
    ok: true,
    title: name,
    nodes: nodes.map((n, i) => recordOf(n, ['id'], file, `nodes[${i}]`)),
    edges: links.map((l, i) => recordOf(l, ['id', 'source', 'target'], file, `${key}[${i}]`)),
    directed: typeof value.directed === 'boolean' ? value.directed : undefined,
  };
}
