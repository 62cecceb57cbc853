import type { GraphEdge, GraphModel } from './model';

/** One neighbour in a group: every edge of that relation and direction between the two. */
export interface ConnectionRow {
  readonly neighbour: string;
  readonly edges: readonly GraphEdge[];
}

/** Which way a group's edges run from the node: out, in, or without a direction. */
export type Direction = 'out' | 'in' | 'none';

/** A node's connections of one relation in one direction, one row per neighbour. */
export interface ConnectionGroup {
  readonly key: string;
  readonly relation: string;
  readonly direction: Direction;
  readonly rows: readonly ConnectionRow[];
  /** How many edges the rows hold together. */
  readonly edgeCount: number;
}

/**
 * A node's connections grouped by relation and direction, parallel edges to the same
 * neighbour gathered into one row, so a hub with thousands of edges reads as a few hundred
 * rows at most. Undirected edges form one group whichever end the file wrote first. In: the
 * graph and a node id. Out: groups in the order their first edge comes.
 */
export function connectionGroups(graph: GraphModel, nodeId: string): ConnectionGroup[] {
  const groups = new Map<
    string,
    { relation: string; direction: Direction; rows: Map<string, GraphEdge[]> }
  >();
  for (const e of graph.incident.get(nodeId) ?? []) {
    const outgoing = e.source === nodeId;
    const direction: Direction = e.directed === false ? 'none' : outgoing ? 'out' : 'in';
    const key = `${direction}:${e.relation}`;
    let group = groups.get(key);
    if (!group) {
      group = { relation: e.relation, direction, rows: new Map() };
      groups.set(key, group);
    }
    const neighbour = outgoing ? e.target : e.source;
    const row = group.rows.get(neighbour);
    if (row) row.push(e);
    else group.rows.set(neighbour, [e]);
  }
  return [...groups.entries()].map(([key, g]) => {
    const rows = [...g.rows.entries()].map(([neighbour, edges]) => ({ neighbour, edges }));
    return {
      key,
      relation: g.relation,
      direction: g.direction,
      rows,
      edgeCount: rows.reduce((n, r) => n + r.edges.length, 0),
    };
  });
}
