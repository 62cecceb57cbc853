import type { NodeType } from '../schema/graphFile';

/**
 * How the canvas draws a node, in model units: the one table its stylesheet and the layouts
 * that make room for labels both read.
 */
export const NODE_DRAWING = {
  /** Shape sizes from the least to the most connected node; meetings are drawn larger. */
  minSize: 22,
  maxSize: 48,
  meetingSize: 54,
  fontSize: 12,
  /** Labels wrap at this width. */
  labelWidth: 112,
  /** Gap between shape and label. */
  labelMargin: 4,
  /** Labels longer than this are cut short on the canvas (the details show them whole). */
  labelChars: 60,
} as const;

/** Average advance of a 12 px Noto Sans character, Latin and Devanagari, and a line's height. */
const LATIN = 6.6;
const DEVANAGARI = 7.4;
const LINE = 15.6;

/** A node's shape size as drawn, from its degree. */
export function nodeSize(type: NodeType, degree: number, maxDegree: number): number {
  if (type === 'meeting') return NODE_DRAWING.meetingSize;
  const { minSize, maxSize } = NODE_DRAWING;
  return minSize + ((maxSize - minSize) * Math.min(degree, maxDegree)) / Math.max(1, maxDegree);
}

/**
 * The box a node and its label take, estimated from the text the way the canvas wraps it
 * (at word breaks, within the label width): width, reach above the shape's centre, and reach
 * below it, label included. An estimate: layouts leave a gap besides.
 */
export function labelBox(
  text: string,
  size: number,
  bold = false,
): { readonly width: number; readonly up: number; readonly down: number } {
  // Bold type (meetings) runs about a tenth wider.
  const scale = bold ? 1.1 : 1;
  const charWidth = (c: string) => scale * (c >= '\u0900' && c <= '\u097f' ? DEVANAGARI : LATIN);
  const space = charWidth(' ');
  let lines = 0;
  let widest = 0;
  let line = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = [...word].reduce((s, c) => s + charWidth(c), 0);
    if (line > 0 && line + space + w > NODE_DRAWING.labelWidth) {
      widest = Math.max(widest, line);
      lines++;
      line = w;
    } else line += (line > 0 ? space : 0) + w;
  }
  if (line > 0) {
    widest = Math.max(widest, line);
    lines++;
  }
  // Padding of the label's background on both sides.
  const width = Math.max(size, widest + 4);
  return { width, up: size / 2, down: size / 2 + NODE_DRAWING.labelMargin + lines * LINE + 4 };
}

/** A box on the canvas, in model or screen units. */
export type Box = { x1: number; y1: number; x2: number; y2: number };

/** Whether two boxes overlap, or come closer than `gap` (touching edges do not overlap). */
export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
