/**
 * A label broken into lines exactly as Cytoscape's `text-wrap: wrap` breaks it: a line wider
 * than `maxWidth` is split at runs of white space (or zero-width spaces), each word joining the
 * line while the line with it still fits, by the same measure (the width rounded up). Explicit
 * line breaks are kept. The SVG export draws its labels through this, so they wrap where the
 * canvas wraps them. In: the text, the width, a measure. Out: the lines, separators kept.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: (line: string) => number,
): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (Math.ceil(measure(line)) <= maxWidth) {
      out.push(line);
      continue;
    }
    let subline = '';
    let previous = 0;
    for (const match of line.matchAll(/[\s\u200b]+|$/g)) {
      const separator = match[0];
      const word = line.substring(previous, match.index);
      previous = match.index + separator.length;
      const test = subline.length === 0 ? word : subline + word + separator;
      if (Math.ceil(measure(test)) <= maxWidth) subline += word + separator;
      else {
        if (subline) out.push(subline);
        subline = word + separator;
      }
      if (separator === '') break;
    }
    if (!/^[\s\u200b]+$/.test(subline)) out.push(subline);
  }
  return out;
}

let context: CanvasRenderingContext2D | null = null;

/** A measure of text in a CSS font, by the canvas 2D context (as Cytoscape measures it). */
export function canvasMeasure(font: string): (text: string) => number {
  context ??= document.createElement('canvas').getContext('2d');
  const c = context;
  if (!c) return (text) => text.length * 7;
  return (text) => {
    c.font = font;
    return c.measureText(text).width;
  };
}
