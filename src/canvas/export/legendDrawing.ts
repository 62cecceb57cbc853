import type { LegendModel } from '../../store/describe';
import type { NodeShape } from '../../theme/palette';
import { SHAPE_POINTS } from '../../theme/shapes';

/** The legend panel beside an exported picture, in CSS pixels. */
export const LEGEND_WIDTH = 320;
const PAD = 16;
export const FONT_FAMILY =
  '"Noto Sans", "Noto Sans Devanagari", "Nirmala UI", "Mangal", sans-serif';
const STYLE = {
  title: { size: 17, weight: 'bold', gap: 8 },
  heading: { size: 13, weight: 'bold', gap: 4 },
  item: { size: 13, weight: 'normal', gap: 2 },
  note: { size: 12, weight: 'normal', gap: 2 },
} as const;
type Kind = keyof typeof STYLE;

/** One line of the drawn legend, placed: its baseline `y`, and a swatch for an item. */
export interface LegendLine {
  readonly kind: Kind;
  readonly text: string;
  readonly y: number;
  readonly swatch?: { readonly shape: NodeShape | 'swatch' | 'line'; readonly colour: string };
}

export const fontOf = (kind: Kind) => `${STYLE[kind].weight} ${STYLE[kind].size}px ${FONT_FAMILY}`;
export const fontSizeOf = (kind: Kind) => STYLE[kind].size;
export const fontWeightOf = (kind: Kind) => STYLE[kind].weight;

/** Breaks text into lines no wider than `width`, at spaces (a long word keeps its line). */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places the legend's lines for a panel: title, each section's heading and items, then the
 * notes (paths, filters), wrapped to the panel. In: the legend and a text measurer. Out: the
 * lines and the height they take.
 */
export function layoutLegend(
  legend: LegendModel,
  measure: (text: string, font: string) => number,
): { lines: LegendLine[]; height: number } {
  const lines: LegendLine[] = [];
  let y = PAD;
  const add = (kind: Kind, text: string, indent: number, swatch?: LegendLine['swatch']) => {
    const style = STYLE[kind];
    for (const [i, part] of wrap(text, LEGEND_WIDTH - 2 * PAD - indent, (s) =>
      measure(s, fontOf(kind)),
    ).entries()) {
      y += style.size * 1.35;
      lines.push({
        kind,
        text: part,
        y: Math.round(y * 10) / 10,
        ...(swatch && i === 0 ? { swatch } : {}),
      });
    }
    y += style.gap;
  };
  add('title', legend.title, 0);
  for (const section of legend.sections) {
    y += 6;
    add('heading', section.heading, 0);
    for (const item of section.items)
      add('item', item.text, 22, { shape: item.shape, colour: item.colour });
  }
  if (legend.notes.length) y += 6;
  for (const note of legend.notes) add('note', note, 0);
  return { lines, height: y + PAD };
}

/** The x where a line's text starts: items leave room for their swatch. */
export const textX = (line: LegendLine) => PAD + (line.swatch ? 22 : 0);

/** A swatch's outline as SVG points in a 16 × 16 box at (x, y), or null for a square/circle. */
export function swatchPoints(
  shape: NodeShape | 'swatch' | 'line',
  x: number,
  y: number,
): string | null {
  const points = shape === 'swatch' || shape === 'line' ? undefined : SHAPE_POINTS[shape];
  if (!points) return null;
  return points
    .split(' ')
    .map((p) => {
      const [px, py] = p.split(',').map(Number);
      return `${x + (px ?? 0)},${y + (py ?? 0)}`;
    })
    .join(' ');
}
