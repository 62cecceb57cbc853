import type { LayoutJob } from './layoutJob';

/**
 * The geometric layouts, computed from a job alone: tiers, rings by a measure, a circle and a
 * grid. Each leaves room for every node's box, shape and label (`job.boxes`), so labels do not
 * cover each other at any zoom, and each is deterministic. Out: x, y pairs in the order of
 * `job.ids`.
 */

/** Space between two label boxes side by side, and between rows, in model units. */
const GAP = 14;
/** Extra space between two tiers, so the eye sees where one ends. */
const TIER_GAP = 36;
/** Landscape, as screens are: the width a block of rows aims for against its height. */
const ASPECT = 1.5;

const widthOf = (job: LayoutJob, i: number) => job.boxes[3 * i] ?? 0;
/** How far a node's box reaches above its centre (half the shape) and below (shape and label). */
const upOf = (job: LayoutJob, i: number) => job.boxes[3 * i + 1] ?? 0;
const downOf = (job: LayoutJob, i: number) => job.boxes[3 * i + 2] ?? 0;
const heightOf = (job: LayoutJob, i: number) => upOf(job, i) + downOf(job, i);

/** The nodes of each group, groups in ascending order and nodes with no group (-1) last. */
function byGroup(job: LayoutJob): number[][] {
  const groups = new Map<number, number[]>();
  job.ids.forEach((_, i) => {
    const g = job.groups[i] ?? -1;
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const order = [...groups.keys()].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
  return order.map((g) => groups.get(g) ?? []);
}

/** Each node's neighbours, as indexes. */
function neighbours(job: LayoutJob): number[][] {
  const out: number[][] = job.ids.map(() => []);
  for (let k = 0; k + 1 < job.edges.length; k += 2) {
    const a = job.edges[k] ?? 0;
    const b = job.edges[k + 1] ?? 0;
    out[a]?.push(b);
    out[b]?.push(a);
  }
  return out;
}

/** Splits a sequence of nodes into rows no wider than `width` (a row holds one node at least). */
function rows(job: LayoutJob, nodes: readonly number[], width: number): number[][] {
  const out: number[][] = [];
  let row: number[] = [];
  let used = 0;
  for (const i of nodes) {
    const w = widthOf(job, i) + GAP;
    if (row.length > 0 && used + w > width) {
      out.push(row);
      row = [];
      used = 0;
    }
    row.push(i);
    used += w;
  }
  if (row.length) out.push(row);
  return out;
}

/** Lays rows out top to bottom, each centred, starting at `top`. Out: the bottom. */
function placeRows(job: LayoutJob, xy: Float64Array, lines: number[][], top: number): number {
  let y = top;
  for (const line of lines) {
    const width = line.reduce((s, i) => s + widthOf(job, i) + GAP, -GAP);
    // Centres on one line, so the row reads as one; the row is as tall as its reach.
    const up = Math.max(...line.map((i) => upOf(job, i)));
    const down = Math.max(...line.map((i) => downOf(job, i)));
    let x = -width / 2;
    for (const i of line) {
      xy[2 * i] = x + widthOf(job, i) / 2;
      xy[2 * i + 1] = y + up;
      x += widthOf(job, i) + GAP;
    }
    y += up + down + GAP;
  }
  return y;
}

/**
 * Tiers: one band per group in the groups' order (government, then officials, meetings,
 * topics; or any categorical attribute), wrapped into rows where a band is wide. Within a band,
 * nodes sit under the mean place of their neighbours in the bands already placed, and a second
 * pass from the bottom refines it, so lines between bands cross less.
 */
export function tiers(job: LayoutJob): Float64Array {
  const xy = new Float64Array(job.ids.length * 2);
  const bands = byGroup(job);
  const near = neighbours(job);
  // Where each node sits along its band, 0..1, for the barycentre ordering.
  const along = new Float64Array(job.ids.length).fill(0.5);
  const order = (band: number[], placed: Set<number>) => {
    const key = new Map<number, number>();
    band.forEach((i, k) => {
      const others = (near[i] ?? []).filter((j) => placed.has(j));
      const mean = others.length
        ? others.reduce((s, j) => s + (along[j] ?? 0.5), 0) / others.length
        : (k + 0.5) / band.length;
      key.set(i, mean);
    });
    band.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || a - b);
    band.forEach((i, k) => (along[i] = (k + 0.5) / band.length));
  };
  for (const pass of [bands, [...bands].reverse(), bands]) {
    const placed = new Set<number>();
    for (const band of pass) {
      order(band, placed);
      for (const i of band) placed.add(i);
    }
  }
  let y = 0;
  for (const band of bands)
    y = placeRows(job, xy, rows(job, band, bandWidth(job, bands)), y) + TIER_GAP;
  return centred(xy);
}

/**
 * The row width for tiers that a landscape screen (`ASPECT`) shows largest: a tier of many
 * nodes wraps into rows, and many small tiers make a tall drawing that wants wider rows. Tries
 * widths between the widest node and the widest tier.
 */
function bandWidth(job: LayoutJob, bands: readonly number[][]): number {
  const natural = bands.map((band) => band.reduce((s, i) => s + widthOf(job, i) + GAP, 0));
  let widest = 0;
  job.ids.forEach((_, i) => (widest = Math.max(widest, widthOf(job, i) + GAP)));
  const most = Math.max(widest, ...natural);
  let best = { width: most, miss: Infinity };
  for (let k = 0; k <= 16; k++) {
    const width = widest + ((most - widest) * k) / 16;
    let height = 0;
    let used = 0;
    for (const band of bands) {
      for (const line of rows(job, band, width)) {
        used = Math.max(
          used,
          line.reduce((s, i) => s + widthOf(job, i) + GAP, 0),
        );
        height += Math.max(...line.map((i) => heightOf(job, i))) + GAP;
      }
      height += TIER_GAP;
    }
    // How far a screen of that shape would have to zoom out to show it all: the less, the better.
    const miss = Math.max(used / ASPECT, height);
    if (miss < best.miss) best = { width, miss };
  }
  return best.width;
}

/**
 * Rings by a measure: the highest value in the middle, then rings outwards in falling order,
 * each ring as full as its circumference allows with every label's width free, and rings one
 * label-height apart. Nodes without a value go to the outer rings.
 */
export function rings(job: LayoutJob): Float64Array {
  const n = job.ids.length;
  const xy = new Float64Array(n * 2);
  if (n === 0) return xy;
  const value = (i: number) => {
    const v = job.ranks[i];
    return v === undefined || Number.isNaN(v) ? -Infinity : v;
  };
  const sorted = job.ids.map((_, i) => i).sort((a, b) => value(b) - value(a) || a - b);
  let slot = 0;
  for (let i = 0; i < n; i++) slot = Math.max(slot, widthOf(job, i) + GAP);
  let spacing = 0;
  for (let i = 0; i < n; i++) spacing = Math.max(spacing, heightOf(job, i) + GAP);
  let next = 0;
  // The centre holds one node: the highest.
  const first = sorted[next++] ?? 0;
  xy[2 * first] = 0;
  xy[2 * first + 1] = 0;
  for (let ring = 1; next < n; ring++) {
    const radius = ring * spacing * 1.2;
    const capacity = Math.max(1, Math.floor((2 * Math.PI * radius) / slot));
    const members = sorted.slice(next, next + capacity);
    next += members.length;
    // A ring's nodes spread evenly, starting at twelve o'clock; rings alternate their offset so
    // neighbours in adjacent rings do not line up.
    const offset = ring % 2 ? 0 : Math.PI / members.length;
    members.forEach((i, k) => {
      const angle = offset + (2 * Math.PI * k) / members.length - Math.PI / 2;
      xy[2 * i] = radius * Math.cos(angle);
      xy[2 * i + 1] = radius * Math.sin(angle);
    });
  }
  return xy;
}

/** The circle's label size, model units: larger than elsewhere, since the circle is wide. */
export const CIRCLE_FONT = 16;

/**
 * A circle: nodes by group (type, for instance) around it, each given the arc its shape or a
 * line of its label takes, since the canvas turns labels outwards along the radius.
 */
export function circle(job: LayoutJob): Float64Array {
  const n = job.ids.length;
  const xy = new Float64Array(n * 2);
  const order = byGroup(job).flat();
  const arcs = order.map((i) => Math.max(2 * upOf(job, i), CIRCLE_FONT * 1.3) + 8);
  const total = arcs.reduce((s, a) => s + a, 0);
  const radius = Math.max(60, total / (2 * Math.PI));
  // Each node in the middle of its arc, starting at twelve o'clock.
  let along = 0;
  order.forEach((i, k) => {
    const angle = ((along + (arcs[k] ?? 0) / 2) / total) * 2 * Math.PI - Math.PI / 2;
    along += arcs[k] ?? 0;
    xy[2 * i] = radius * Math.cos(angle);
    xy[2 * i + 1] = radius * Math.sin(angle);
  });
  return xy;
}

/** A grid sorted by group (type): each group starts a new row, in the order the job lists. */
export function grid(job: LayoutJob): Float64Array {
  const xy = new Float64Array(job.ids.length * 2);
  let cellW = 0;
  let up = 0;
  let down = 0;
  job.ids.forEach((_, i) => {
    cellW = Math.max(cellW, widthOf(job, i));
    up = Math.max(up, upOf(job, i));
    down = Math.max(down, downOf(job, i));
  });
  const cellH = up + down;
  const groups = byGroup(job);
  // The number of columns a landscape screen shows largest.
  let columns = 1;
  let best = Infinity;
  const most = Math.max(1, ...groups.map((g) => g.length));
  for (let c = 1; c <= most; c++) {
    const rowCount = groups.reduce((r, g) => r + Math.ceil(g.length / c), 0);
    const miss = Math.max((c * (cellW + GAP)) / ASPECT, rowCount * (cellH + GAP));
    if (miss < best) [best, columns] = [miss, c];
  }
  let row = 0;
  for (const group of groups) {
    group.forEach((i, k) => {
      xy[2 * i] = (k % columns) * (cellW + GAP);
      xy[2 * i + 1] = (row + Math.floor(k / columns)) * (cellH + GAP);
    });
    row += Math.ceil(group.length / columns);
  }
  return centred(xy);
}

/** Moves a drawing so its middle is the origin (in place). */
function centred(xy: Float64Array): Float64Array {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let k = 0; k + 1 < xy.length; k += 2) {
    const x = xy[k] ?? 0;
    const y = xy[k + 1] ?? 0;
    x1 = Math.min(x1, x);
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  if (!Number.isFinite(x1)) return xy;
  const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
  for (let k = 0; k + 1 < xy.length; k += 2) {
    xy[k] = (xy[k] ?? 0) - cx;
    xy[k + 1] = (xy[k + 1] ?? 0) - cy;
  }
  return xy;
}
