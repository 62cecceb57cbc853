/** A drawn edge, by its id and ends. */
export interface EdgeEnds {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** How many of each node's links are ranked; the rest follow them, in no special order. */
const TOP = 4;

/** A stable spread of ids, so ties fall the same way on every visit. */
function spread(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The order in which a distant view keeps edges when it cannot draw them all: each node's
 * edges ranked by how connected their other end is (hubs first), and an edge placed by its
 * better rank at either end. The first edges give every linked node its best-connected link,
 * so a thinned picture keeps each node attached to the structure; later ones fill in.
 * Out: each edge's place (by the index of `edges`), 0 first; every edge has its own place.
 */
export function edgeKeepOrder(edges: readonly EdgeEnds[]): Int32Array {
  // Ends as numbers and typed arrays throughout: an 80,000-edge graph is ordered in well under
  // a tenth of a second.
  const index = new Map<string, number>();
  const endOf = (id: string) => {
    let at = index.get(id);
    if (at === undefined) index.set(id, (at = index.size));
    return at;
  };
  const m = edges.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const ties = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    const e = edges[i]!;
    from[i] = endOf(e.source);
    to[i] = endOf(e.target);
    ties[i] = spread(e.id);
  }
  const n = index.size;
  const degree = new Int32Array(n);
  for (let i = 0; i < m; i++) {
    degree[from[i]!]!++;
    if (to[i] !== from[i]) degree[to[i]!]!++;
  }
  // Each node's few best-connected links, kept in order as its edges go by: only the first
  // places matter, and the rest of a node's edges share the last place.
  const best = new Int32Array(m).fill(TOP);
  const top = new Int32Array(n * TOP).fill(-1);
  const better = (v: number, a: number, b: number) => {
    const da = degree[from[a] === v ? to[a]! : from[a]!]!;
    const db = degree[from[b] === v ? to[b]! : from[b]!]!;
    return da !== db ? da > db : ties[a] !== ties[b] ? ties[a]! < ties[b]! : a < b;
  };
  const offer = (v: number, i: number) => {
    const base = v * TOP;
    let at = TOP;
    while (at > 0) {
      const held = top[base + at - 1]!;
      if (held >= 0 && !better(v, i, held)) break;
      at--;
    }
    if (at === TOP) return;
    for (let k = TOP - 1; k > at; k--) top[base + k] = top[base + k - 1]!;
    top[base + at] = i;
  };
  for (let i = 0; i < m; i++) {
    offer(from[i]!, i);
    if (to[i] !== from[i]) offer(to[i]!, i);
  }
  for (let v = 0; v < n; v++)
    for (let k = 0; k < TOP; k++) {
      const i = top[v * TOP + k]!;
      if (i >= 0 && k < best[i]!) best[i] = k;
    }
  // By place (a counting sort: places are small), then by spread within a place.
  const counts = new Int32Array(TOP + 2);
  for (let i = 0; i < m; i++) counts[best[i]! + 1]!++;
  for (let p = 1; p < counts.length; p++) counts[p]! += counts[p - 1]!;
  const bucketStart = counts.slice();
  const order = new Float64Array(m);
  // Spread and index in one number (spread below 2^32, index below 2^21), so a bucket sorts
  // natively; the index settles equal spreads.
  for (let i = 0; i < m; i++) order[counts[best[i]!]!++] = ties[i]! * 2 ** 21 + i;
  for (let p = 0; p + 1 < bucketStart.length; p++)
    order.subarray(bucketStart[p], bucketStart[p + 1]).sort();
  const places = new Int32Array(m);
  order.forEach((packed, place) => (places[packed % 2 ** 21] = place));
  return places;
}

/**
 * Edges per square pixel above which a picture of edges is a grey mass rather than lines
 * one can follow: one edge per 20 × 20 pixels of the view (measured by eye at 5,000 and
 * 20,000 nodes on a 1440 × 900 screen).
 */
export const LEGIBLE_EDGE_DENSITY = 1 / 400;

/**
 * The share of edges a view draws, in halves (1, 1/2, 1/4, ...) so that small zoom steps do
 * not change it: as many as keep the edges on screen near the legible density. In: the number
 * of edges, the area their nodes span in model units, and the zoom (screen pixels per unit).
 */
export function keptShare(edgeCount: number, spanArea: number, zoom: number): number {
  if (edgeCount === 0 || spanArea <= 0 || zoom <= 0) return 1;
  const density = edgeCount / (spanArea * zoom * zoom);
  const share = LEGIBLE_EDGE_DENSITY / density;
  if (share >= 1) return 1;
  return 2 ** Math.floor(Math.log2(share));
}
