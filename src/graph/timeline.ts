import { dateAt, dayText, spanOf, type Lifespans, type Precision } from './dates';
import type { GraphModel, GraphNode } from './model';

/** The dates a graph's timeline steps through, and how many dated items begin in each. */
export interface Timeline {
  /** Months for a graph whose dates lie within a few years, years otherwise. */
  readonly precision: Exclude<Precision, 'day'>;
  /** Every month or year from the first date to the last, in order (empty: nothing dated). */
  readonly steps: readonly string[];
  /** How many nodes and relationships begin in each step. */
  readonly begins: readonly number[];
  /** How many nodes and relationships have a date, and how many have none. */
  readonly dated: number;
  readonly undated: number;
}

/** Up to this many years, the timeline steps by month. */
const MONTHS_UP_TO_YEARS = 6;
/** A timeline longer than this many steps starts at its last ones. */
const MAX_STEPS = 600;

/** The step after `date` (a month or a year). */
function nextStep(date: string, precision: Timeline['precision']): string {
  const y = Number(date.slice(0, 4));
  if (precision === 'year') return String(y + 1).padStart(4, '0');
  const m = Number(date.slice(5, 7));
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01`
    : `${date.slice(0, 5)}${String(m + 1).padStart(2, '0')}`;
}

/**
 * A graph's timeline. In: the graph and its lifespans. Out: the steps from the earliest date
 * any item begins or ends to the latest, each with the count of items beginning in it.
 * O(items + steps).
 */
export function timelineOf(graph: GraphModel, lives: Lifespans): Timeline {
  let first = Infinity;
  let last = -Infinity;
  let dated = 0;
  const all = [...lives.nodes, ...lives.edges];
  for (const life of all) {
    if (!life) continue;
    dated++;
    for (const d of [life.from, life.to])
      if (Number.isFinite(d)) {
        first = Math.min(first, d);
        last = Math.max(last, d);
      }
  }
  const undated = graph.nodes.length + graph.edges.length - dated;
  if (!Number.isFinite(first)) return { precision: 'year', steps: [], begins: [], dated, undated };
  const years = Number(dayText(last).slice(0, 4)) - Number(dayText(first).slice(0, 4));
  const precision = years < MONTHS_UP_TO_YEARS ? 'month' : 'year';
  const steps: string[] = [];
  const end = dateAt(last, precision);
  for (let d = dateAt(first, precision); steps.length <= 100_000; d = nextStep(d, precision)) {
    steps.push(d);
    if (d >= end) break;
  }
  const shown = steps.slice(-MAX_STEPS);
  const index = new Map(shown.map((d, i) => [d, i]));
  const begins = shown.map(() => 0);
  for (const life of all)
    if (life && Number.isFinite(life.from)) {
      const i = index.get(dateAt(life.from, precision));
      if (i !== undefined) begins[i] = (begins[i] ?? 0) + 1;
    }
  return { precision, steps: shown, begins, dated, undated };
}

/** A dated node in the timeline of events. */
export interface TimelineEvent {
  readonly node: GraphNode;
  /** Its date as the data gives it (its `date`, else its `start`). */
  readonly date: string;
}

/**
 * Meetings and every other node with a date of its own, earliest first (equal dates in file
 * order). A node with only an end is not an event.
 */
export function eventsOf(graph: GraphModel): TimelineEvent[] {
  const events: { node: GraphNode; date: string; day: number; i: number }[] = [];
  graph.nodes.forEach((node, i) => {
    const date = spanOf(node.date) ? node.date : node.start;
    const span = spanOf(date);
    if (date && span) events.push({ node, date, day: span.first, i });
  });
  events.sort((a, b) => a.day - b.day || a.i - b.i);
  return events.map(({ node, date }) => ({ node, date }));
}
