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
      ...at(plan.tray.x1, plan.tray.y, 0, -12),
      anchor: 'start',
      kind: 'tray',
      text: { term: 'tray' },
    });
  return words;
}

/** What every fit of a plot takes in: its area, and room in pixels for its words. */
export function plotExtent(plan: ScatterPlan) {
  return {
    box: plan.axes.box,
    // Room for a second line of quadrant names, where a narrow plot puts one a line out.
    margin: { top: 44, right: 12, bottom: 102, left: 64 },
  };
}
