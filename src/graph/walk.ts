import type { VisibleSet } from './filters';
import type { Point } from './layoutJob';
import type { GraphEdge, GraphModel } from './model';

/** One step of a walk over the graph: a neighbour and the edge that leads to it. */
export interface WalkStep {
  readonly node: string;
  readonly edge: GraphEdge;
}

/** Clockwise angle from twelve o'clock, on screen (y grows downwards), in [0, 2π). */
function bearing(from: Point, to: Point): number {
  const a = Math.atan2(to.x - from.x, -(to.y - from.y));
  return a < 0 ? a + 2 * Math.PI : a;
}

/**
 * The shown neighbours of a node, one step each (its first shown edge to them), in the order a
 * clock's hand meets them from twelve o'clock: what the eye sees going round the node. A
 * neighbour with no position comes last; ties go by id, so the order is stable.
 * In: the graph, what is shown, the node, and where each node stands.
 */
export function walkSteps(
  graph: GraphModel,
  shown: VisibleSet,
  id: string,
  at: (id: string) => Point | undefined,
): WalkStep[] {
  const steps = new Map<string, GraphEdge>();
  for (const e of graph.incident.get(id) ?? []) {
    const other = e.source === id ? e.target : e.source;
    if (other === id || steps.has(other)) continue;
    if (shown.edges.has(e.id) && shown.nodes.has(other)) steps.set(other, e);
  }
  const centre = at(id);
  const keyed = [...steps].map(([node, edge]) => {
    const p = at(node);
    return { node, edge, key: centre && p ? bearing(centre, p) : Infinity };
  });
  keyed.sort((a, b) => a.key - b.key || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return keyed.map(({ node, edge }) => ({ node, edge }));
}

/** Where a walk starts when nothing is selected: the most connected shown node (first by id). */
export function walkStart(shown: VisibleSet, degrees: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = -1;
  for (const id of shown.nodes) {
    const d = degrees.get(id) ?? 0;
    if (d > most || (d === most && best !== null && id < best)) [best, most] = [id, d];
  }
  return best;
}
