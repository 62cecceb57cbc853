import type { VisibleSet } from '../graph/filters';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/model';
import { plainFile, type Plain } from '../graph/plain';
import { storiesWithin } from '../graph/storyRefs';
import { selected } from './rows';

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
  const hasEdge = new Set(edges.map((e) => e.id));
  const stories = shown ? storiesWithin(graph, has, (id) => hasEdge.has(id)) : undefined;
  return plainFile(graph, nodes.map(trimNode), edges.map(trimEdge), stories);
}
