import type { GraphModel } from './model';

/**
 * Edges that share both ends (parallel edges, and a node's self-loops) are drawn as one line,
 * a bundle. Drawing them one by one costs the canvas library time quadratic in their number
 * (each edge looks up all its siblings whenever one changes), and lines on top of each other
 * could not be told apart or clicked anyway.
 */
export interface Bundles {
  /** The bundle each bundled edge is drawn as, by edge id. Single edges have no entry. */
  readonly of: ReadonlyMap<string, string>;
  /** Each bundle's edges, in file order, by bundle id. */
  readonly members: ReadonlyMap<string, readonly string[]>;
}

/**
 * The prefix of bundle ids. Node and edge ids cannot hold control characters, so no bundle id
 * can equal one of them.
 */
export const BUNDLE_PREFIX = '\u0001bundle:';

/** The unordered pair of an edge's ends, as a key. */
export function pairKey(source: string, target: string): string {
  return source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
}

/** Groups a graph's edges by their pair of ends; pairs with more than one edge become bundles. */
export function bundlesOf(graph: GraphModel): Bundles {
  const byPair = new Map<string, string[]>();
  for (const e of graph.edges) {
    const key = pairKey(e.source, e.target);
    const list = byPair.get(key);
    if (list) list.push(e.id);
    else byPair.set(key, [e.id]);
  }
  const of = new Map<string, string>();
  const members = new Map<string, readonly string[]>();
  for (const [key, list] of byPair) {
    if (list.length < 2) continue;
    // Named by its pair of ends, so an edit elsewhere leaves every bundle its id (a renumbered
    // bundle is a different pair to the canvas: each would be moved, and redrawn).
    const id = `${BUNDLE_PREFIX}${key}`;
    members.set(id, list);
    for (const edgeId of list) of.set(edgeId, id);
  }
  return { of, members };
}

/** The id an element is drawn under: its bundle's, or its own. */
export function drawnId(bundles: Bundles, id: string): string {
  return bundles.of.get(id) ?? id;
}
