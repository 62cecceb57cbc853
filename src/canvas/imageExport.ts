import { xmlChars } from '../schema/xmlChars';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { LegendModel } from '../store/describe';
import { LEGEND_WIDTH } from './legendDrawing';
import { legendLayout, legendSvg, pngWithLegend } from './legendRender';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 30;

/**
 * A PNG at twice the screen's resolution, on white, with the legend beside it. In: the canvas,
 * whether to take the whole visible graph (true) or just what the viewport shows, the legend.
 * Out: the image.
 */
export async function pngOf(cy: Core, whole: boolean, legend: LegendModel): Promise<Blob> {
  const picture = await cy.png({ output: 'blob-promise', scale: 2, full: whole, bg: '#ffffff' });
  return pngWithLegend(picture, 2, legend);
}

type Point = readonly [number, number];

// Outlines of the node shapes in use, on a unit box centred on 0,0.
const POLYGONS: Readonly<Record<string, readonly Point[]>> = {
  diamond: [
    [0, -0.5],
    [0.5, 0],
    [0, 0.5],
    [-0.5, 0],
  ],
  triangle: [
    [0, -0.5],
    [0.5, 0.5],
    [-0.5, 0.5],
  ],
  octagon: [
    [-0.2, -0.5],
    [0.2, -0.5],
    [0.5, -0.2],
    [0.5, 0.2],
    [0.2, 0.5],
    [-0.2, 0.5],
    [-0.5, 0.2],
    [-0.5, -0.2],
  ],
  hexagon: [
    [-0.25, -0.5],
    [0.25, -0.5],
    [0.5, 0],
    [0.25, 0.5],
    [-0.25, 0.5],
    [-0.5, 0],
  ],
  'round-tag': [
    [-0.5, -0.5],
    [0.25, -0.5],
    [0.5, 0],
    [0.25, 0.5],
    [-0.5, 0.5],
  ],
};

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

const num = (v: unknown, fallback = 0) => {
  const n = parseFloat(String(v));
  return Number.isFinite(n) ? n : fallback;
};

function nodeShape(n: NodeSingular, dx: number, dy: number): SVGElement {
  const { x, y } = n.position();
  const w = n.width();
  const h = n.height();
  const paint = {
    fill: String(n.style('background-color')),
    stroke: String(n.style('border-color')),
    'stroke-width': num(n.style('border-width')),
    opacity: n.effectiveOpacity(),
  };
  const shape = String(n.style('shape'));
  const points = POLYGONS[shape];
  if (points)
    return el('polygon', {
      ...paint,
      points: points.map(([px, py]) => `${x + dx + px * w},${y + dy + py * h}`).join(' '),
    });
  if (shape === 'ellipse')
    return el('ellipse', { ...paint, cx: x + dx, cy: y + dy, rx: w / 2, ry: h / 2 });
  const round = shape === 'rectangle' ? 0 : Math.min(w, h) / 5;
  return el('rect', {
    ...paint,
    x: x + dx - w / 2,
    y: y + dy - h / 2,
    width: w,
    height: h,
    rx: round,
  });
}

/** Splits a label into lines no wider than the canvas wraps them, by an average glyph width. */
function wrap(label: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function nodeLabel(n: NodeSingular, dx: number, dy: number): SVGElement | null {
  const label = String(n.style('label') ?? '');
  if (!label) return null;
  const size = num(n.style('font-size'), 11);
  const { x, y } = n.position();
  const top = y + dy + n.height() / 2 + num(n.style('text-margin-y')) + size;
  const text = el('text', {
    x: x + dx,
    y: top,
    'text-anchor': 'middle',
    'font-size': size,
    'font-family': String(n.style('font-family')),
    'font-weight': String(n.style('font-weight')),
    fill: String(n.style('color')),
    opacity: n.effectiveOpacity(),
  });
  wrap(label, num(n.style('text-max-width'), 130), size).forEach((line, i) => {
    const span = el('tspan', { x: x + dx, dy: i === 0 ? 0 : size * 1.2 });
    span.textContent = xmlChars(line); // text, never markup; only characters XML can hold
    text.append(span);
  });
  return text;
}

function edgeLine(e: EdgeSingular, dx: number, dy: number, markerId: (color: string) => string) {
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  const color = String(e.style('line-color'));
  const group = el('g', { opacity: e.effectiveOpacity() });
  group.append(
    el('line', {
      x1: s.x + dx,
      y1: s.y + dy,
      x2: t.x + dx,
      y2: t.y + dy,
      stroke: color,
      'stroke-width': num(e.style('width'), 2),
      // The edge may be drawn from its target's end; its arrowheads say which way it points.
      ...(e.style('target-arrow-shape') === 'none'
        ? {}
        : { 'marker-end': `url(#${markerId(color)})` }),
      ...(e.style('source-arrow-shape') === 'none'
        ? {}
        : { 'marker-start': `url(#${markerId(color)})` }),
    }),
  );
  const label = String(e.style('label') ?? '');
  if (label) {
    const text = el('text', {
      x: (s.x + t.x) / 2 + dx,
      y: (s.y + t.y) / 2 + dy - 3,
      'text-anchor': 'middle',
      'font-size': num(e.style('font-size'), 10),
      'font-family': String(e.style('font-family')),
      fill: String(e.style('color')),
    });
    text.textContent = xmlChars(label);
    group.append(text);
  }
  return group;
}

/**
 * The visible graph as SVG: nodes in their shapes and colours, edges as lines with arrowheads,
 * labels as real text (searchable, selectable, any font), the legend beside it. In: the canvas
 * and the legend. Out: SVG markup.
 */
export function svgOf(cy: Core, legend: LegendModel): string {
  const visible = cy.elements().not('.hidden');
  const box = visible.boundingBox({});
  const drawing = Math.ceil(box.w + 2 * PADDING);
  const key = legendLayout(legend);
  const width = drawing + LEGEND_WIDTH;
  const height = Math.max(Math.ceil(box.h + 2 * PADDING), Math.ceil(key.height));
  const dx = PADDING - box.x1;
  const dy = PADDING - box.y1;
  const svg = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  svg.append(el('rect', { width, height, fill: '#ffffff' }));
  const defs = el('defs', {});
  svg.append(defs);
  const markers = new Map<string, string>();
  const markerId = (color: string) => {
    let id = markers.get(color);
    if (!id) {
      id = `arrow-${markers.size}`;
      markers.set(color, id);
      const m = el('marker', {
        id,
        viewBox: '0 0 10 10',
        refX: 10,
        refY: 5,
        markerWidth: 6,
        markerHeight: 6,
        orient: 'auto-start-reverse',
      });
      m.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: color }));
      defs.append(m);
    }
    return id;
  };
  visible.edges().forEach((e) => {
    svg.append(edgeLine(e, dx, dy, markerId));
  });
  visible.nodes().forEach((n) => {
    svg.append(nodeShape(n, dx, dy));
  });
  // Labels last, so no shape covers them.
  visible.nodes().forEach((n) => {
    const label = nodeLabel(n, dx, dy);
    if (label) svg.append(label);
  });
  svg.append(legendSvg(key.lines, drawing, height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
