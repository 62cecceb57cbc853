import { FORMAT_NAME, FORMAT_VERSION } from '../schema/graphFile';
import type { GraphEdge, GraphModel, GraphNode } from './model';

/** JSON-ready data: what a file holds. */
export type Plain =
  null | boolean | number | string | readonly Plain[] | { readonly [k: string]: Plain };

/**
 * Model data as plain JSON for a file or the loader: Hindi that was filled in from English
 * (`hiMissing`) is left out again, so a file never claims a translation it did not have, and
 * absent fields are left out.
 */
export function plain(value: unknown): Plain | undefined {
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
 * A graph as a plain file in the project's format, with the given nodes and edges in place of
 * its own (an export's view, a command's result): what the loader reads back.
 */
export function plainFile(
  graph: GraphModel,
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  stories: readonly object[] = [...graph.stories.values()],
): Plain {
  return (
    plain({
      format: FORMAT_NAME,
      version: FORMAT_VERSION,
      meta: graph.meta,
      sources: [...graph.sources.values()],
      sectors: [...graph.sectors.values()],
      relations: [...graph.relations.values()],
      // Left out when there are none, so a file without stories is written as it was read;
      // before the nodes and edges, which a writer of big maps fills in after the rest.
      ...(stories.length ? { stories } : {}),
      nodes,
      edges,
    }) ?? null
  );
}
