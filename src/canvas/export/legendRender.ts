import { xmlChars } from '../../schema/xmlChars';
import type { LegendModel } from '../../store/describe';
import {
  FONT_FAMILY,
  fontOf,
  fontSizeOf,
  fontWeightOf,
  layoutLegend,
  LEGEND_WIDTH,
  swatchPoints,
  textX,
  type LegendLine,
} from './legendDrawing';

const SVG_NS = 'http://www.w3.org/2000/svg';
const INK = { title: '#0f172a', heading: '#0f172a', item: '#1e293b', note: '#475569' } as const;

let context: CanvasRenderingContext2D | null = null;
/** Measures text as the browser draws it, so wrapped lines fit the panel. */
function measure(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = font;
  return context.measureText(text).width;
}

/** The legend laid out for drawing. */
export const legendLayout = (legend: LegendModel) => layoutLegend(legend, measure);

function svgEl(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** The legend as an SVG group at (x, 0): a panel, swatches and real text. */
export function legendSvg(lines: readonly LegendLine[], x: number, height: number): SVGElement {
  const group = svgEl('g', { class: 'legend', transform: `translate(${x} 0)` });
  group.append(svgEl('rect', { width: LEGEND_WIDTH, height, fill: '#f8fafc' }));
  group.append(svgEl('line', { x1: 0, y1: 0, x2: 0, y2: height, stroke: '#cbd5e1' }));
  for (const line of lines) {
    if (line.swatch) {
      const top = line.y - 13;
      const points = swatchPoints(line.swatch.shape, 16, top);
      group.append(
        line.swatch.shape === 'line'
          ? svgEl('line', {
              x1: 17,
              y1: top + 8,
              x2: 31,
              y2: top + 8,
              stroke: line.swatch.colour,
              'stroke-width': 3,
            })
          : points
            ? svgEl('polygon', { points, fill: line.swatch.colour, stroke: '#ffffff' })
            : line.swatch.shape === 'ellipse'
              ? svgEl('circle', { cx: 24, cy: top + 8, r: 6.5, fill: line.swatch.colour })
              : svgEl('rect', {
                  x: 17.5,
                  y: top + 2.5,
                  width: 13,
                  height: 11,
                  fill: line.swatch.colour,
                }),
      );
    }
    const text = svgEl('text', {
      x: textX(line),
      y: line.y,
      'font-family': FONT_FAMILY,
      'font-size': `${fontSizeOf(line.kind)}px`,
      'font-weight': fontWeightOf(line.kind),
      fill: INK[line.kind],
    });
    // Titles and filter values are data: XML cannot hold every character they may.
    text.textContent = xmlChars(line.text);
    group.append(text);
  }
  return group;
}

/**
 * A picture with the legend beside it: the PNG drawn on a wider canvas, the legend on the
 * right at the same scale. In: the picture, its scale, the legend. Out: a new PNG.
 */
export async function pngWithLegend(
  image: ImageBitmap | HTMLCanvasElement,
  scale: number,
  legend: LegendModel,
): Promise<Blob> {
  const { lines, height } = legendLayout(legend);
  const canvas = document.createElement('canvas');
  canvas.width = image.width + LEGEND_WIDTH * scale;
  canvas.height = Math.max(image.height, Math.ceil(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to draw the picture on');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.save();
  ctx.translate(image.width, 0);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#f8fafc';
  ctx.fillRect(0, 0, LEGEND_WIDTH, canvas.height / scale);
  for (const line of lines) {
    if (line.swatch) {
      const top = line.y - 13;
      ctx.fillStyle = line.swatch.colour;
      ctx.strokeStyle = line.swatch.colour;
      const points = swatchPoints(line.swatch.shape, 16, top);
      ctx.beginPath();
      if (line.swatch.shape === 'line') {
        ctx.lineWidth = 3;
        ctx.moveTo(17, top + 8);
        ctx.lineTo(31, top + 8);
        ctx.stroke();
      } else {
        if (points)
          points.split(' ').forEach((p, i) => {
            const [px, py] = p.split(',').map(Number);
            if (i === 0) ctx.moveTo(px ?? 0, py ?? 0);
            else ctx.lineTo(px ?? 0, py ?? 0);
          });
        else if (line.swatch.shape === 'ellipse') ctx.arc(24, top + 8, 6.5, 0, 2 * Math.PI);
        else ctx.rect(17.5, top + 2.5, 13, 11);
        ctx.closePath();
        ctx.fill();
      }
    }
    ctx.font = fontOf(line.kind);
    ctx.fillStyle = INK[line.kind];
    ctx.fillText(line.text, textX(line), line.y);
  }
  ctx.restore();
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
      'image/png',
    ),
  );
}
