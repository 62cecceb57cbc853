import type { Box } from '../../graph/labelBox';
import type { ScatterPlan } from '../../graph/scatter';
import { LINE_PX, numberedTicks, packLines, plotWords, type PlotWord } from './plotGeometry';

interface Camera {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The plotting area widened, where need be, to stand a few pixels clear of every label as drawn
 * (`drawn`, model units); never over the tray beside it, whose nodes have no place on the plot.
 */
export function grownBox(plan: ScatterPlan, drawn: Box | null, zoom: number): Box {
  const planned = plan.axes.box;
  if (!drawn) return planned;
  const gap = 6 / zoom;
  const trayEdge = plan.tray.count ? plan.tray.x1 - 8 / zoom : Infinity;
  return {
    x1: Math.min(planned.x1, drawn.x1 - gap),
    y1: Math.min(planned.y1, drawn.y1 - gap),
    x2: Math.max(planned.x2, Math.min(drawn.x2 + gap, trayEdge)),
    y2: Math.max(planned.y2, drawn.y2 + gap),
  };
}

/** A plot's word where it is drawn on screen, and what it says. */
export interface ScreenWord {
  readonly word: PlotWord;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * A plot's words on screen, around `box`, as the camera shows it on a canvas `width` pixels
 * wide: the numbers thinned where they would run together, and the words on the lines above
 * and below the plot kept apart and inside the canvas. `measure` gives a word's width in pixels
 * in the quadrant names' font and in the tray title's.
 */
export function screenWords(
  plan: ScatterPlan,
  box: Box,
  camera: Camera,
  width: number,
  wording: (w: PlotWord) => string,
  measure: { readonly name: (s: string) => number; readonly tray: (s: string) => number },
): ScreenWord[] {
  const { xTicks, yTicks } = plan.axes;
  const sx = (x: number) => x * camera.zoom + camera.x;
  const sy = (y: number) => y * camera.zoom + camera.y;
  const apart = (ticks: readonly { at: number }[]) =>
    ticks.length > 1 ? Math.abs(ticks[1]!.at - ticks[0]!.at) * camera.zoom : Infinity;
  const all = plotWords({ ...plan, axes: { ...plan.axes, box } });
  // Numbers as wide as the widest, with room between; y numbers a line apart.
  const widest = Math.max(
    0,
    ...all
      .filter((w) => w.kind === 'tick' && w.key[0] === 'x')
      .map((w) => measure.name(wording(w))),
  );
  const numbered = new Set([
    ...numberedTicks(xTicks, apart(xTicks), widest + 8).map((tick) => `x${tick.value}`),
    ...numberedTicks(yTicks, apart(yTicks), 16).map((tick) => `y${tick.value}`),
  ]);
  const words = all.filter((w) => w.kind !== 'tick' || numbered.has(w.key));
  const lined = (keys: readonly string[], outwards: number) => {
    const spans = words
      .filter((w) => keys.includes(w.key))
      .map((w) => {
        const x = sx(w.x) + w.dx;
        const len = (w.kind === 'tray' ? measure.tray : measure.name)(wording(w));
        const x1 = w.anchor === 'start' ? x : w.anchor === 'end' ? x - len : x - len / 2;
        return { key: w.key, x1, x2: x1 + len };
      });
    return [...packLines(spans, width)].map(
      ([key, { line, shift }]) => [key, { dx: shift, dy: outwards * line * LINE_PX }] as const,
    );
  };
  const moved = new Map([...lined(['q-ks', 'q-mc', 'tray'], -1), ...lined(['q-mo', 'q-ki'], 1)]);
  return words.map((word) => ({
    word,
    x: sx(word.x) + word.dx + (moved.get(word.key)?.dx ?? 0),
    y: sy(word.y) + word.dy + (moved.get(word.key)?.dy ?? 0),
    text: wording(word),
  }));
}
