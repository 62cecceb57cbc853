import type { GraphModel, GraphNode, GraphEdge } from './model';

/**
 * Partial dates (`2024`, `2024-05`, `2024-05-17`) as the spans of days they cover, so that
 * dates of different precision compare as people mean them: "2024" contains "2024-05", and an
 * item that began in 2024 exists as of May 2024. Days are counted from 1970-01-01 (UTC).
 */

const DAY_MS = 86_400_000;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first and last day a partial date covers, both included. */
export interface DaySpan {
  readonly first: number;
  readonly last: number;
}

/** How precise a partial date is. */
export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: string): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The days a partial date covers; null for `unknown` or anything that is not one. */
export function spanOf(date: string | undefined): DaySpan | null {
  const m = date === undefined ? null : PARTIAL.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const utc = (y: number, month: number, day: number) => {
    const d = new Date(0);
    d.setUTCFullYear(y, month, day);
    return Math.round(d.getTime() / DAY_MS);
  };
  if (m[2] === undefined) return { first: utc(year, 0, 1), last: utc(year + 1, 0, 0) };
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  const lastDay = utc(year, month + 1, 0);
  if (m[3] === undefined) return { first: utc(year, month, 1), last: lastDay };
  const day = utc(year, month, Number(m[3]));
  // 2024-02-30 is no day at all, not 1 March.
  return Number(m[3]) >= 1 && day <= lastDay ? { first: day, last: day } : null;
}

/** A day number as `YYYY-MM-DD`. */
export function dayText(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A day number as a partial date of the given precision. */
export function dateAt(day: number, precision: Precision): string {
  const text = dayText(day);
  return precision === 'year' ? text.slice(0, 4) : precision === 'month' ? text.slice(0, 7) : text;
}

/**
 * When an item exists: from its first day to its last (either open), or null when it has no
 * date at all. `from` is the start of its `start`, else of its `date` (when it happened or was
 * reported), else of the earliest `reported` date given; `to` is the end of its `end`.
 */
export interface Lifespan {
  readonly from: number;
  readonly to: number;
}

export function lifespanOf(
  item: { readonly start?: string; readonly end?: string; readonly date?: string },
  reported?: string,
): Lifespan | null {
  const begin = spanOf(item.start) ?? spanOf(item.date) ?? spanOf(reported);
  const finish = spanOf(item.end);
  if (!begin && !finish) return null;
  return { from: begin?.first ?? -Infinity, to: finish?.last ?? Infinity };
}

/**
 * A moment or a stretch of time the view is set to: every day from `from` to `to` (partial
 * dates, both included). A single date is a range whose ends are equal.
 */
export interface AsOf {
  readonly from: string;
  readonly to: string;
}

/** The days an as-of covers, or null when either end is not a partial date or they cross. */
export function asOfSpan(asOf: AsOf): DaySpan | null {
  const a = spanOf(asOf.from);
  const b = spanOf(asOf.to);
  return a && b && a.first <= b.last ? { first: a.first, last: b.last } : null;
}

/** The last day an as-of view covers (what "valid then" is judged at); undefined for none. */
export const asOfDay = (asOf: AsOf | null): number | undefined =>
  asOf ? spanOf(asOf.to)?.last : undefined;

/**
 * True when an item existed at some moment of the span: its start is not after the span's
 * end and its end is not before the span's start, each compared at its own precision.
 */
export const existsIn = (life: Lifespan, span: DaySpan): boolean =>
  life.from <= span.last && life.to >= span.first;

/** The date evidence gives an edge: the earliest date its sources were published. */
export function reportedDateOf(graph: GraphModel, edge: GraphEdge): string | undefined {
  let best: { date: string; first: number } | undefined;
  for (const p of edge.provenance) {
    const published = graph.sources.get(p.source)?.published;
    const span = spanOf(published);
    if (published && span && (!best || span.first < best.first))
      best = { date: published, first: span.first };
  }
  return best?.date;
}

/** Every node's and edge's lifespan, by index in the model; null where undated. */
export interface Lifespans {
  readonly nodes: readonly (Lifespan | null)[];
  readonly edges: readonly (Lifespan | null)[];
  /** True when anything at all is dated. */
  readonly dated: boolean;
}

export function lifespans(graph: GraphModel): Lifespans {
  const nodes = graph.nodes.map((n: GraphNode) => lifespanOf(n));
  const edges = graph.edges.map((e) => lifespanOf(e, reportedDateOf(graph, e)));
  return { nodes, edges, dated: nodes.some(Boolean) || edges.some(Boolean) };
}

/** What a view does with what did not exist then, and with what has no date. */
export type AbsentMode = 'hide' | 'dim';
export type UndatedMode = 'show' | 'dim' | 'hide';

/** What an as-of view leaves out and what it dims, by id. */
export interface TimeView {
  readonly hidden: ReadonlySet<string>;
  readonly dimmed: ReadonlySet<string>;
}

/**
 * Sorts every node and edge by whether it existed during `span`. An edge whose end did not
 * exist then did not exist either. O(nodes + edges).
 */
export function timeView(
  graph: GraphModel,
  lives: Lifespans,
  span: DaySpan,
  absent: AbsentMode,
  undated: UndatedMode,
): TimeView {
  const hidden = new Set<string>();
  const dimmed = new Set<string>();
  const sort = (id: string, life: Lifespan | null, endsAbsent = false) => {
    const out = life ? !existsIn(life, span) || endsAbsent : endsAbsent;
    const mode = out ? absent : life ? 'show' : undated;
    if (mode === 'hide') hidden.add(id);
    else if (mode === 'dim') dimmed.add(id);
  };
  const gone = new Set<string>();
  graph.nodes.forEach((n, i) => {
    const life = lives.nodes[i] ?? null;
    if (life && !existsIn(life, span)) gone.add(n.id);
    sort(n.id, life);
  });
  graph.edges.forEach((e, k) =>
    sort(e.id, lives.edges[k] ?? null, gone.has(e.source) || gone.has(e.target)),
  );
  return { hidden, dimmed };
}
