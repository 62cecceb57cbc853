import type { ScatterPlan } from '../../graph/scatter';

/**
 * Where a plot's words go: each at a point of the plot in model units, moved by a fixed number
 * of screen pixels (so a word keeps its size and its gap from the axis at any zoom). Tick
 * numbers sit beside their axes and the axis titles beyond them; the quadrant names lie outside
 * the plotting area (above it for the upper two, below the interest axis for the lower two), so
 * no word of the plot ever lies among the nodes.
 */
export interface PlotWord {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly kind: 'tick' | 'axis-title' | 'quadrant' | 'tray';
  readonly text:
    | { readonly value: number }
    | { readonly term: 'x' | 'y' | 'tray' }
    | { readonly quadrant: 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor' };
  /** A vertical title is turned a quarter. */
  readonly turned?: true;
}

export function plotWords(plan: ScatterPlan): PlotWord[] {
  const { box, xTicks, yTicks, dividers } = plan.axes;
  const at = (x: number, y: number, dx: number, dy: number) => ({ x, y, dx, dy });
  const words: PlotWord[] = [];
  for (const t of xTicks)
    words.push({
      key: `x${t.value}`,
      ...at(t.at, box.y2, 0, 18),
      anchor: 'middle',
      kind: 'tick',
      text: { value: t.value },
    });
  for (const t of yTicks)
    words.push({
      key: `y${t.value}`,
      ...at(box.x1, t.at, -8, 4),
      anchor: 'end',
      kind: 'tick',
      text: { value: t.value },
    });
  const midX = (box.x1 + box.x2) / 2;
  const midY = (box.y1 + box.y2) / 2;
  words.push(
    {
      key: 'x-title',
      ...at(midX, box.y2, 0, 40),
      anchor: 'middle',
      kind: 'axis-title',
      text: { term: 'x' },
    },
    {
      key: 'y-title',
      ...at(box.x1, midY, -40, 0),
      anchor: 'middle',
      kind: 'axis-title',
      text: { term: 'y' },
      turned: true,
    },
  );
  if (dividers) {
    // At the plot's outer corners, as far apart as they can be on a narrow screen.
    const quadrant = (
      key: string,
      side: 'left' | 'right',
      y: number,
      dy: number,
      q: 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor',
    ): PlotWord => ({
      key,
      ...at(side === 'left' ? box.x1 : box.x2, y, 0, dy),
      anchor: side === 'left' ? 'start' : 'end',
      kind: 'quadrant',
      text: { quadrant: q },
    });
    words.push(
      quadrant('q-ks', 'left', box.y1, -12, 'keepSatisfied'),
      quadrant('q-mc', 'right', box.y1, -12, 'manageClosely'),
      quadrant('q-mo', 'left', box.y2, 66, 'monitor'),
      quadrant('q-ki', 'right', box.y2, 66, 'keepInformed'),
    );
  }
  if (plan.tray.count)
    words.push({
      key: 'tray',
      // On the line of the upper quadrant names, whatever the plot's top grew to.
      ...at(plan.tray.x1, box.y1, 0, -12),
      anchor: 'start',
      kind: 'tray',
      text: { term: 'tray' },
    });
  return words;
}

/** Screen pixels from one line of a plot's words to the next. */
export const LINE_PX = 18;

/** A word drawn on one line above or below the plot: where it starts and ends on screen. */
export interface LinedWord {
  readonly key: string;
  readonly x1: number;
  readonly x2: number;
}

/**
 * Puts words that share a line (the quadrant names above the plot and the tray's title; the two
 * below it) where they neither meet nor leave the canvas: each, in order, is first moved inside
 * the canvas (`width` pixels, `pad` from either side) and then given the first line, counted
 * outwards from the plot, where it meets no word already there. Out: per key, its line (0 is
 * the plot's own) and how far it moved sideways.
 */
export function packLines(
  words: readonly LinedWord[],
  width: number,
  pad = 4,
  gap = 8,
): Map<string, { line: number; shift: number }> {
  const lines: { x1: number; x2: number }[][] = [];
  const out = new Map<string, { line: number; shift: number }>();
  for (const w of words) {
    const shift =
      w.x2 > width - pad ? Math.max(width - pad - w.x2, pad - w.x1) : Math.max(0, pad - w.x1);
    const x1 = w.x1 + shift;
    const x2 = w.x2 + shift;
    let line = lines.findIndex((taken) => taken.every((t) => x2 + gap <= t.x1 || t.x2 + gap <= x1));
    if (line < 0) line = lines.push([]) - 1;
    lines[line]!.push({ x1, x2 });
    out.set(w.key, { line, shift });
  }
  return out;
}

/**
 * The ticks an axis numbers: every one where they stand `need` pixels apart (`apart` is their
 * spacing on screen), else every second, fourth… counted from the first, so numbers never run
 * into each other on a small plot (its grid lines stay at every tick).
 */
export function numberedTicks<T>(ticks: readonly T[], apart: number, need: number): T[] {
  let every = 1;
  while (every < ticks.length && apart * every < need) every *= 2;
  return ticks.filter((_, i) => i % every === 0);
}

/** What every fit of a plot takes in: its area, and room in pixels for its words. */
export function plotExtent(plan: ScatterPlan) {
  return {
    box: plan.axes.box,
    // Room above for the upper quadrant names on two lines, where a narrow plot needs it, and
    // the tray's title on a third; below, for the lower two.
    margin: {
      top: 44 + (plan.tray.count && plan.axes.dividers ? LINE_PX : 0),
      right: 12,
      bottom: 102,
      left: 64,
    },
  };
}
