import { gridPlaceOf, HIGH_FROM, type GridPlace, type Quadrant } from './assessments';
import { spanOf } from './dates';
import type { Point } from './layoutJob';
import type { GraphModel, GraphNode } from './model';

/**
 * Layouts that place nodes by values: a scatter of two measures, and its stakeholder preset,
 * the power–interest grid. Each plan says where every node goes and where the axes, ticks,
 * quadrant names and trails are drawn, all in model units; the canvas draws the words.
 */

/** One step of the grid's 1–5 scale, in model units. */
export const GRID_CELL = 220;
/** The size of a scatter's plotting area, in model units. */
const SCATTER_WIDTH = 1100;
const SCATTER_HEIGHT = 750;
/** Room for a node and its label in a shared cell, and in the tray of nodes without a place. */
const SPREAD = 96;
const TRAY_COLUMN = 170;
const TRAY_ROW = 120;

export interface Tick {
  /** Where along its axis, in model units. */
  readonly at: number;
  readonly value: number;
}

export interface PlanAxes {
  /** The plotting area: left, right, top and bottom, in model units. */
  readonly box: {
    readonly x1: number;
    readonly x2: number;
    readonly y1: number;
    readonly y2: number;
  };
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  /** Dividers of the grid's quadrants: x and y in model units (none on a plain scatter). */
  readonly dividers: { readonly x: number; readonly y: number } | null;
}

export interface ScatterPlan {
  readonly kind: 'scatter' | 'grid';
  readonly positions: ReadonlyMap<string, Point>;
  readonly axes: PlanAxes;
  /**
   * Nodes without a place, in a tray beside the plot (right of it, top aligned): how many, and
   * the tray's left, right and top edges.
   */
  readonly tray: {
    readonly count: number;
    readonly x1: number;
    readonly x2: number;
    readonly y: number;
  };
  /** Each node's earlier places on the grid, oldest first, ending where it stands now. */
  readonly trails: readonly { readonly id: string; readonly points: readonly Point[] }[];
  /** Where the user wants nodes to stand. */
  readonly targets: readonly { readonly id: string; readonly at: Point }[];
  /** The grid's place of each placed node (none on a plain scatter). */
  readonly places: ReadonlyMap<string, GridPlace>;
}

/**
 * How far a node's drawing reaches from its centre, label included, at most: sideways, up and
 * down. The plotting area keeps that much room inside its edges, so no node's label crosses an
 * axis or lies under its numbers.
 */
export interface NodeRoom {
  readonly side: number;
  readonly up: number;
  readonly down: number;
}
const NO_ROOM: NodeRoom = { side: 60, up: 30, down: 50 };

/** Spreads nodes sharing one point around it in a small square, so none hides another. */
function spread(
  groups: Map<string, { at: Point; ids: string[] }>,
  out: Map<string, Point>,
  room: number,
) {
  for (const { at, ids } of groups.values()) {
    const cols = Math.ceil(Math.sqrt(ids.length));
    const rows = Math.ceil(ids.length / cols);
    const step = Math.min(SPREAD, room / Math.max(cols, rows));
    ids.forEach((id, i) => {
      const c = i % cols;
      const r = Math.floor(i / cols);
      out.set(id, { x: at.x + (c - (cols - 1) / 2) * step, y: at.y + (r - (rows - 1) / 2) * step });
    });
  }
}

/** Room between the plot and the tray beside it. */
const TRAY_GAP = 150;

/**
 * Nodes without a place, in columns beside the plot, no taller than it (a very large tray
 * grows sideways). Out: their positions and the tray's edges.
 */
function trayOf(ids: readonly string[], box: PlanAxes['box']) {
  const rows = Math.max(1, Math.floor((box.y2 - box.y1) / TRAY_ROW));
  const columns = Math.max(1, Math.ceil(ids.length / rows));
  const x1 = box.x2 + TRAY_GAP;
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    out.set(id, {
      x: x1 + Math.floor(i / rows) * TRAY_COLUMN,
      y: box.y1 + TRAY_ROW / 2 + (i % rows) * TRAY_ROW,
    });
  });
  return {
    positions: out,
    tray: {
      count: ids.length,
      x1: x1 - TRAY_COLUMN / 2,
      x2: x1 + (columns - 0.5) * TRAY_COLUMN,
      y: box.y1,
    },
  };
}

/** Model units of a grid value: interest runs right, influence up. */
export const gridPoint = (interest: number, influence: number): Point => ({
  x: (interest - 1) * GRID_CELL,
  y: -(influence - 1) * GRID_CELL,
});

/** The grid value of a drawn position (the inverse of {@link gridPoint}). */
export const gridValueAt = (p: Point) => ({
  interest: p.x / GRID_CELL + 1,
  influence: -p.y / GRID_CELL + 1,
});

/**
 * The power–interest grid as of a day (every assessment's latest without one). In: the graph,
 * the nodes it places (null: all), the day. Out: the plan.
 */
export function gridPlan(
  graph: GraphModel,
  shown: ReadonlySet<string> | null,
  day?: number,
  room: NodeRoom = NO_ROOM,
): ScatterPlan {
  const positions = new Map<string, Point>();
  const places = new Map<string, GridPlace>();
  const cells = new Map<string, { at: Point; ids: string[] }>();
  const unplaced: string[] = [];
  const trails: { id: string; points: Point[] }[] = [];
  const targets: { id: string; at: Point }[] = [];
  for (const node of graph.nodes) {
    if (shown && !shown.has(node.id)) continue;
    const place = gridPlaceOf(node, day);
    if (!place) {
      unplaced.push(node.id);
      continue;
    }
    places.set(node.id, place);
    const key = `${place.interest},${place.influence}`;
    const cell = cells.get(key) ?? { at: gridPoint(place.interest, place.influence), ids: [] };
    cell.ids.push(node.id);
    cells.set(key, cell);
  }
  spread(cells, positions, GRID_CELL * 0.8);
  for (const node of graph.nodes) {
    const now = positions.get(node.id);
    if (!now) continue;
    const past = pastPlaces(node, day).map((p) => gridPoint(p.interest, p.influence));
    if (past.length) trails.push({ id: node.id, points: [...past, now] });
    if (node.target)
      targets.push({ id: node.id, at: gridPoint(node.target.interest, node.target.influence) });
  }
  const half = GRID_CELL / 2;
  const side = Math.max(half, room.side + 16);
  const box = {
    x1: -side,
    x2: 4 * GRID_CELL + side,
    y1: -4 * GRID_CELL - Math.max(half, room.up + 16),
    y2: Math.max(half, room.down + 16),
  };
  const ticks = [1, 2, 3, 4, 5];
  const tray = trayOf(unplaced, box);
  return {
    kind: 'grid',
    positions: new Map([...positions, ...tray.positions]),
    axes: {
      box,
      xTicks: ticks.map((v) => ({ value: v, at: gridPoint(v, 1).x })),
      yTicks: ticks.map((v) => ({ value: v, at: gridPoint(1, v).y })),
      dividers: { x: (HIGH_FROM - 1.5) * GRID_CELL, y: -(HIGH_FROM - 1.5) * GRID_CELL },
    },
    tray: tray.tray,
    trails,
    targets,
    places,
  };
}

/** A node's places before the one valid on the day, oldest first, without repeats in a row. */
function pastPlaces(node: GraphNode, day?: number): GridPlace[] {
  const list = [...(node.assessments ?? [])]
    .map((a) => ({ a, first: spanOf(a.date)?.first ?? 0 }))
    .filter((x) => day === undefined || x.first <= day)
    .sort((p, q) => p.first - q.first)
    .map((x) => x.a);
  list.pop();
  return list.filter(
    (a, i) =>
      i === 0 || a.influence !== list[i - 1]?.influence || a.interest !== list[i - 1]?.interest,
  );
}

/** Round steps for an axis from `min` to `max`: about five, at 1, 2 or 5 times a power of ten. */
export function niceTicks(min: number, max: number): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  // A step a little under a fifth of the range is allowed: six ticks read better than three.
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw * 0.75) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

/**
 * A scatter of two measures. In: the graph, the nodes shown, and each node's x and y values
 * by its index in the model (NaN: none). Out: the plan; nodes missing either value go to the
 * tray below.
 */
export function scatterPlan(
  graph: GraphModel,
  shown: ReadonlySet<string> | null,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  room: NodeRoom = NO_ROOM,
): ScatterPlan {
  const placed: { id: string; x: number; y: number }[] = [];
  const unplaced: string[] = [];
  graph.nodes.forEach((node, i) => {
    if (shown && !shown.has(node.id)) return;
    const x = xs[i] ?? NaN;
    const y = ys[i] ?? NaN;
    if (Number.isFinite(x) && Number.isFinite(y)) placed.push({ id: node.id, x, y });
    else unplaced.push(node.id);
  });
  const extent = (vs: number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of vs) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return lo === hi ? { lo: lo - 1, hi: hi + 1 } : { lo, hi };
  };
  const ex = placed.length ? extent(placed.map((p) => p.x)) : { lo: 0, hi: 1 };
  const ey = placed.length ? extent(placed.map((p) => p.y)) : { lo: 0, hi: 1 };
  const xt = niceTicks(ex.lo, ex.hi);
  const yt = niceTicks(ey.lo, ey.hi);
  const x0 = Math.min(ex.lo, xt[0] ?? ex.lo);
  const x1 = Math.max(ex.hi, xt.at(-1) ?? ex.hi);
  const y0 = Math.min(ey.lo, yt[0] ?? ey.lo);
  const y1 = Math.max(ey.hi, yt.at(-1) ?? ey.hi);
  const sx = (v: number) => ((v - x0) / (x1 - x0)) * SCATTER_WIDTH;
  const sy = (v: number) => -((v - y0) / (y1 - y0)) * SCATTER_HEIGHT;
  const groups = new Map<string, { at: Point; ids: string[] }>();
  for (const p of placed) {
    const at = { x: sx(p.x), y: sy(p.y) };
    // Points closer than a node's room share one spot, spread around it.
    const key = `${Math.round(at.x / 40)},${Math.round(at.y / 40)}`;
    const g = groups.get(key) ?? { at, ids: [] };
    g.ids.push(p.id);
    groups.set(key, g);
  }
  const spreadOut = new Map<string, Point>();
  spread(groups, spreadOut, 160);
  // Spread never carries a node past an axis: a value's place stays on the plot.
  const positions = new Map<string, Point>();
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  for (const [id, p] of spreadOut)
    positions.set(id, { x: clamp(p.x, 0, SCATTER_WIDTH), y: clamp(p.y, -SCATTER_HEIGHT, 0) });
  const box = {
    x1: -room.side - 16,
    x2: SCATTER_WIDTH + room.side + 16,
    y1: -SCATTER_HEIGHT - room.up - 16,
    y2: room.down + 16,
  };
  const tray = trayOf(unplaced, box);
  return {
    kind: 'scatter',
    positions: new Map([...positions, ...tray.positions]),
    axes: {
      box,
      xTicks: xt.map((value) => ({ value, at: sx(value) })),
      yTicks: yt.map((value) => ({ value, at: sy(value) })),
      dividers: null,
    },
    tray: tray.tray,
    trails: [],
    targets: [],
    places: new Map(),
  };
}

export type { Quadrant };
