import { pairKey } from './bundles';
import type { VisibleSet } from './filters';
import type { GraphModel } from './model';
import type { LayoutName } from './view';

/** A node's place on the drawing, in model units (what files store and the canvas draws). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Node positions by id: what a layout produces and what a data set keeps. */
export type Positions = ReadonlyMap<string, Point>;

/** The layouts a worker computes; `preset` needs no computing. */
export type ComputedLayout = Exclude<LayoutName, 'preset' | 'scatter' | 'powerinterest'>;

/**
 * One layout for the worker, in transferable form: node ids once, everything else as typed
 * arrays indexed by a node's place in `ids`, so a 20,000-node job costs no per-node objects
 * in the message.
 */
export interface LayoutJob {
  readonly id: number;
  readonly layout: ComputedLayout;
  readonly ids: readonly string[];
  /** Each node's degree in the whole graph, which sets its drawn size and its ring. */
  readonly degrees: Float64Array;
  /** Edge ends as pairs of indexes into `ids`. */
  readonly edges: Uint32Array;
  /** Starting x, y pairs; force layouts refine them unless `randomize`. */
  readonly positions: Float64Array;
  readonly randomize: boolean;
  /** Seeds the layout's random choices: the same job gives the same picture. */
  readonly seed: number;
  /** Each node's group for tiers, circle and grid (in the order they are laid out; -1: none). */
  readonly groups: Int32Array;
  /** Each node's value for rings (NaN: none). */
  readonly ranks: Float64Array;
  /** Each node's box as three numbers: width, reach above its centre, reach below (label). */
  readonly boxes: Float64Array;
}

/** What geometric layouts need to know of each node besides the graph; see {@link LayoutJob}. */
export interface NodeTraits {
  readonly group: (id: string) => number;
  readonly rank: (id: string) => number;
  readonly box: (id: string) => {
    readonly width: number;
    readonly up: number;
    readonly down: number;
  };
}

const NO_TRAITS: NodeTraits = {
  group: () => -1,
  rank: () => NaN,
  box: () => ({ width: 40, up: 20, down: 40 }),
};

/** What the worker says back about a job. */
export type LayoutReply =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'done'; readonly id: number; readonly positions: Float64Array }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/**
 * The job for laying out the visible part of a graph. In: the graph, what is visible, where
 * each node is now and its degree. Out: a job over the visible nodes and the distinct pairs of
 * them that visible edges link.
 */
export function layoutJob(
  id: number,
  layout: ComputedLayout,
  graph: GraphModel,
  visible: VisibleSet,
  now: (nodeId: string) => Point,
  degrees: ReadonlyMap<string, number>,
  randomize: boolean,
  seed: number,
  traits: NodeTraits = NO_TRAITS,
): LayoutJob {
  const ids = graph.nodes.filter((n) => visible.nodes.has(n.id)).map((n) => n.id);
  const index = new Map(ids.map((nodeId, i) => [nodeId, i]));
  const positions = new Float64Array(ids.length * 2);
  const degreeArray = new Float64Array(ids.length);
  const groups = new Int32Array(ids.length);
  const ranks = new Float64Array(ids.length);
  const boxes = new Float64Array(ids.length * 3);
  ids.forEach((nodeId, i) => {
    const p = now(nodeId);
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
    degreeArray[i] = degrees.get(nodeId) ?? 0;
    groups[i] = traits.group(nodeId);
    ranks[i] = traits.rank(nodeId);
    const box = traits.box(nodeId);
    boxes.set([box.width, box.up, box.down], 3 * i);
  });
  // Each pair of linked nodes once, and no self-loops: a layout places nodes, and a thousand
  // parallel edges or loops would only make it slower (quadratically, in fcose), not better.
  const pairs: number[] = [];
  const seen = new Set<string>();
  for (const e of graph.edges) {
    if (!visible.edges.has(e.id) || e.source === e.target) continue;
    const s = index.get(e.source);
    const t = index.get(e.target);
    const key = pairKey(e.source, e.target);
    if (s === undefined || t === undefined || seen.has(key)) continue;
    seen.add(key);
    pairs.push(s, t);
  }
  return {
    id,
    layout,
    ids,
    degrees: degreeArray,
    edges: Uint32Array.from(pairs),
    positions,
    randomize,
    seed,
    groups,
    ranks,
    boxes,
  };
}

const COMPUTED: readonly ComputedLayout[] = [
  'fcose',
  'concentric',
  'breadthfirst',
  'circle',
  'grid',
];

/** Checks a job as it arrives in the worker; anything malformed is not a job. */
export function readLayoutJob(value: unknown): LayoutJob | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (key: string): unknown => Reflect.get(value, key);
  const id = field('id');
  const layout = COMPUTED.find((l) => l === field('layout'));
  const ids = field('ids');
  const degrees = field('degrees');
  const edges = field('edges');
  const positions = field('positions');
  const randomize = field('randomize');
  const seed = field('seed');
  const groups = field('groups');
  const ranks = field('ranks');
  const boxes = field('boxes');
  if (
    typeof id !== 'number' ||
    !layout ||
    !Array.isArray(ids) ||
    !ids.every((x): x is string => typeof x === 'string') ||
    !(degrees instanceof Float64Array) ||
    degrees.length !== ids.length ||
    !(edges instanceof Uint32Array) ||
    edges.length % 2 !== 0 ||
    !edges.every((i) => i < ids.length) ||
    !(positions instanceof Float64Array) ||
    positions.length !== ids.length * 2 ||
    typeof randomize !== 'boolean' ||
    typeof seed !== 'number' ||
    !(groups instanceof Int32Array) ||
    groups.length !== ids.length ||
    !(ranks instanceof Float64Array) ||
    ranks.length !== ids.length ||
    !(boxes instanceof Float64Array) ||
    boxes.length !== ids.length * 3
  )
    return null;
  return { id, layout, ids, degrees, edges, positions, randomize, seed, groups, ranks, boxes };
}

/** Reads a worker's x, y pairs back into positions by id; a pair that is not finite is left out. */
export function positionsFrom(ids: readonly string[], xy: Float64Array): Map<string, Point> {
  const out = new Map<string, Point>();
  ids.forEach((nodeId, i) => {
    const x = xy[2 * i];
    const y = xy[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      out.set(nodeId, { x, y });
  });
  return out;
}

/**
 * Checks a message from the worker before it is trusted: the worker is our code, but a message
 * crosses a boundary, and a stale or garbled one must not move anything.
 */
export function readLayoutReply(value: unknown): LayoutReply | null {
  if (typeof value !== 'object' || value === null) return null;
  const type: unknown = Reflect.get(value, 'type');
  const id: unknown = Reflect.get(value, 'id');
  if (typeof id !== 'number') return null;
  if (type === 'progress') {
    const done: unknown = Reflect.get(value, 'done');
    return typeof done === 'number' && done >= 0 && done <= 1 ? { type, id, done } : null;
  }
  if (type === 'done') {
    const positions: unknown = Reflect.get(value, 'positions');
    return positions instanceof Float64Array ? { type, id, positions } : null;
  }
  if (type === 'failed') {
    const message: unknown = Reflect.get(value, 'message');
    return typeof message === 'string' ? { type, id, message } : null;
  }
  return null;
}

/** How many nodes the nearest-neighbour spacing is sampled at: enough for a steady median. */
const SPACING_SAMPLE = 400;

/**
 * The median distance from a node to its nearest other node, over an even sample of the nodes
 * (each compared with all): sampling bounds the work at a few million comparisons at any size.
 */
export function medianSpacing(xy: Float64Array): number {
  const n = xy.length / 2;
  if (n < 2) return 0;
  const picks = Math.min(n, SPACING_SAMPLE);
  const nearest: number[] = [];
  for (let k = 0; k < picks; k++) {
    const i = Math.floor((k * n) / picks);
    const x = xy[2 * i] ?? 0;
    const y = xy[2 * i + 1] ?? 0;
    let best = Infinity;
    for (let j = 0; j < n && best > 0; j++) {
      if (j === i) continue;
      const dx = (xy[2 * j] ?? 0) - x;
      const dy = (xy[2 * j + 1] ?? 0) - y;
      best = Math.min(best, dx * dx + dy * dy);
    }
    nearest.push(Math.sqrt(best));
  }
  nearest.sort((p, q) => p - q);
  return nearest[Math.floor(nearest.length / 2)] ?? 0;
}

/**
 * Scales and centres positions so that the median edge is `length` long and the drawing sits
 * around the origin: force layouts work in their own units, and the canvas's node sizes and
 * label fonts assume edges of about this length. Where that would leave most nodes closer to
 * their nearest neighbour than `spacing` (a star: ForceAtlas2 puts its thousands of leaves on
 * one ring, at one edge's length from the hub), the drawing is spread until it does not, so
 * nodes do not pile up on one another (20,000 overlapping nodes took Cytoscape 20 s to draw).
 */
export function normaliseScale(
  xy: Float64Array,
  edges: Uint32Array,
  length: number,
  spacing = 0,
): void {
  const n = xy.length / 2;
  if (n === 0) return;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < n; i++) {
    cx += xy[2 * i] ?? 0;
    cy += xy[2 * i + 1] ?? 0;
  }
  cx /= n;
  cy /= n;
  const lengths: number[] = [];
  for (let k = 0; k + 1 < edges.length; k += 2) {
    const a = edges[k] ?? 0;
    const b = edges[k + 1] ?? 0;
    if (a === b) continue;
    const d = Math.hypot(
      (xy[2 * a] ?? 0) - (xy[2 * b] ?? 0),
      (xy[2 * a + 1] ?? 0) - (xy[2 * b + 1] ?? 0),
    );
    if (d > 0) lengths.push(d);
  }
  lengths.sort((p, q) => p - q);
  const median = lengths[Math.floor(lengths.length / 2)];
  const nearest = spacing > 0 ? medianSpacing(xy) : 0;
  const scale = Math.max(median ? length / median : 1, nearest > 0 ? spacing / nearest : 0);
  for (let i = 0; i < n; i++) {
    xy[2 * i] = ((xy[2 * i] ?? 0) - cx) * scale;
    xy[2 * i + 1] = ((xy[2 * i + 1] ?? 0) - cy) * scale;
  }
}

/** Where a graph's file placed its nodes (none for a file without positions). */
export function positionsOf(graph: GraphModel): Positions {
  const out = new Map<string, Point>();
  for (const n of graph.nodes) if (n.position) out.set(n.id, n.position);
  return out;
}
