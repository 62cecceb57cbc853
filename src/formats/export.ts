import type { VisibleSet } from '../graph/filters';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/model';
import { FORMAT_NAME, FORMAT_VERSION } from '../schema/graphFile';
import { selected } from './rows';

type Plain = null | boolean | number | string | readonly Plain[] | { readonly [k: string]: Plain };

/**
 * The model's data as plain JSON for a file: Hindi that was filled in from English (`hiMissing`)
 * is left out again, so a file never claims a translation it did not have.
 */
function plain(value: unknown): Plain | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  if (typeof value === 'object') {
    const missing = 'hiMissing' in value && value.hiMissing === true;
    const out: [string, Plain][] = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === 'hiMissing' || (missing && k === 'hi')) continue;
      const p = plain(v);
      if (p !== undefined) out.push([k, p]);
    }
    return Object.fromEntries(out);
  }
  return undefined;
}

/**
 * A graph file in the project's format. In: the model and, to export a view, what it shows.
 * Out: JSON-ready data that the loader reads back to the same graph (the shown part of it).
 * References to nodes the view leaves out (a person's organisation, an edge's meeting) are
 * dropped, so the file always loads.
 */
export function toGraphFile(graph: GraphModel, shown?: VisibleSet): Plain {
  const { nodes, edges, has } = selected(graph, shown);
  const trimNode = (n: GraphNode) =>
    n.organisation !== undefined && !has(n.organisation) ? { ...n, organisation: undefined } : n;
  const trimEdge = (e: GraphEdge) =>
    e.meeting !== undefined && !has(e.meeting) ? { ...e, meeting: undefined } : e;
  return (
    plain({
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      meta: graph.meta,
      sources: [...graph.sources.values()],
      sectors: [...graph.sectors.values()],
      relations: [...graph.relations.values()],
      nodes: nodes.map(trimNode),
      edges: edges.map(trimEdge),
    }) ?? null
  );
}
