import { xmlChars } from '../../schema/xmlChars';
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { LegendModel } from '../../store/describe';
import { LEGEND_WIDTH } from './legendDrawing';
import { legendLayout, legendSvg, pngWithLegend } from './legendRender';
import { canvasMeasure, wrapLabel } from '../labels/labelWrap';
import { layerOf, VEIL_OPACITY, type HighlightLayer } from '../highlight/layer';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 30;

/**
 * A PNG at twice the screen's resolution, on white, with the legend beside it. In: the canvas,
 * whether to take the whole visible graph (true) or just what the viewport shows, the legend.
 * Out: the image.
 */
export async function pngOf(cy: Core, whole: boolean, legend: LegendModel): Promise<Blob> {
  const picture = await cy.png({ output: 'blob-promise', scale: 2, full: whole, bg: '#ffffff' });
  const layer = layerOf(cy);
  if (!layer || layer.overlay.elements().empty())
    return pngWithLegend(await createImageBitmap(picture), 2, legend);
  return pngWithLegend(await withLayer(cy, layer, picture, whole), 2, legend);
}

/**
 * The picture of the canvas with its highlight layer drawn over it as on screen: veiled when
 * the layer dims the rest, the layer's own picture on top, placed by the two drawings' boxes
 * when the picture is of the whole graph.
 */
async function withLayer(
  cy: Core,
  layer: HighlightLayer,
  picture: Blob,
  whole: boolean,
): Promise<HTMLCanvasElement | ImageBitmap> {
  const below = await createImageBitmap(picture);
  const above = await createImageBitmap(
    await layer.overlay.png({ output: 'blob-promise', scale: 2, full: whole }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = below.width;
  canvas.height = below.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return below;
  ctx.drawImage(below, 0, 0);
  if (layer.dimmed()) {
    ctx.fillStyle = `rgb(255 255 255 / ${VEIL_OPACITY})`;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  let [dx, dy] = [0, 0];
  if (whole) {
    const box = cy.elements().boundingBox();
    const own = layer.overlay.elements().boundingBox();
    const k = box.w > 0 ? below.width / Math.ceil(box.w) : 1;
    [dx, dy] = [(own.x1 - box.x1) * k, (own.y1 - box.y1) * k];
  }
  ctx.drawImage(above, dx, dy);
  return canvas;
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

/** The CSS font a Cytoscape element's label is drawn in. */
function fontOf(e: NodeSingular | EdgeSingular): { font: string; size: number } {
  const size = num(e.style('font-size'), 12);
  const style = String(e.style('font-style') ?? 'normal');
  const weight = String(e.style('font-weight') ?? 'normal');
  return { size, font: `${style} ${weight} ${size}px ${String(e.style('font-family'))}` };
}

/** What Cytoscape adds round a label's bounds "to work around browser dimension inaccuracies". */
const MARGIN_OF_ERROR = 2;

/** The label's box as the canvas draws its backing: text and background padding (model units). */
function labelBoxOf(e: NodeSingular | EdgeSingular) {
  const b = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const m = b.w === 0 ? 0 : MARGIN_OF_ERROR;
  return { x1: b.x1 + m, x2: b.x2 - m, y1: b.y1 + m, y2: b.y2 - m, w: b.w - 2 * m, h: b.h - 2 * m };
}

/** A label's white backing, as the canvas draws it behind the text. */
function backing(
  e: NodeSingular | EdgeSingular,
  w: number,
  h: number,
  attrs: Record<string, string | number>,
) {
  const opacity = num(e.style('text-background-opacity'));
  if (opacity <= 0) return null;
  return el('rect', {
    ...attrs,
    width: w,
    height: h,
    rx: 2,
    fill: String(e.style('text-background-color')),
    'fill-opacity': opacity,
  });
}

/**
 * A node's label where the canvas puts it: broken into the canvas's own lines (its wrap width
 * and font, measured alike), each line centred in the label box the canvas reports.
 */
function nodeLabel(n: NodeSingular, dx: number, dy: number): SVGElement | null {
  const label = String(n.style('label') ?? '');
  if (!label) return null;
  const { size, font } = fontOf(n);
  const box = labelBoxOf(n);
  const pad = num(n.style('text-background-padding'));
  const lines = wrapLabel(label, num(n.style('text-max-width'), 112), canvasMeasure(font));
  const lineHeight = (box.h - 2 * pad) / Math.max(1, lines.length);
  const group = el('g', { opacity: n.effectiveOpacity(), 'data-label': n.id() });
  const rect = backing(n, box.w, box.h, { x: box.x1 + dx, y: box.y1 + dy });
  if (rect) group.append(rect);
  const cx = (box.x1 + box.x2) / 2 + dx;
  const text = el('text', {
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    'font-size': size,
    'font-family': String(n.style('font-family')),
    'font-weight': String(n.style('font-weight')),
    fill: String(n.style('color')),
  });
  // The canvas centres each line with the space it broke at, so the SVG keeps that space too.
  text.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  lines.forEach((line, i) => {
    const span = el('tspan', { x: cx, y: box.y1 + dy + pad + (i + 0.5) * lineHeight });
    span.textContent = xmlChars(line); // text, never markup; only characters XML can hold
    text.append(span);
  });
  group.append(text);
  return group;
}

/** The angle the canvas turns an edge's label to: along the edge, never upside down. */
function labelAngle(e: EdgeSingular): number {
  if (e.style('text-rotation') !== 'autorotate') return 0;
  const s = e.sourceEndpoint();
  const t = e.targetEndpoint();
  let a = Math.atan2(t.y - s.y, t.x - s.x);
  if (a > Math.PI / 2) a -= Math.PI;
  if (a < -Math.PI / 2) a += Math.PI;
  return a;
}

/** An edge's label centred where the canvas centres it, turned as the canvas turns it. */
function edgeLabel(e: EdgeSingular, dx: number, dy: number): SVGElement | null {
  const label = String(e.style('label') ?? '');
  if (!label) return null;
  const { size, font } = fontOf(e);
  const box = labelBoxOf(e);
  if (box.w === 0) return null;
  const pad = num(e.style('text-background-padding'));
  const cx = (box.x1 + box.x2) / 2 + dx;
  const cy = (box.y1 + box.y2) / 2 + dy;
  const w = Math.ceil(canvasMeasure(font)(label)) + 2 * pad;
  const h = size + 2 * pad;
  const angle = (labelAngle(e) * 180) / Math.PI;
  const group = el('g', {
    transform: `translate(${cx} ${cy}) rotate(${angle})`,
    'data-label': e.id(),
  });
  const rect = backing(e, w, h, { x: -w / 2, y: -h / 2 });
  if (rect) group.append(rect);
  const text = el('text', {
    x: 0,
    y: 0,
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    'font-size': size,
    'font-family': String(e.style('font-family')),
    fill: String(e.style('color')),
  });
  text.textContent = xmlChars(label);
  group.append(text);
  return group;
}

/** The length of a Cytoscape triangle arrowhead on an edge of this width (its own formula). */
export function arrowLength(width: number, scale: number): number {
  return Math.max(Math.pow(width * 13.37, 0.9), 29) * scale * 0.3;
}

function edgeLine(e: EdgeSingular, dx: number, dy: number, markerId: (e: EdgeSingular) => string) {
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
      ...(e.style('target-arrow-shape') === 'none' ? {} : { 'marker-end': `url(#${markerId(e)})` }),
      ...(e.style('source-arrow-shape') === 'none'
        ? {}
        : { 'marker-start': `url(#${markerId(e)})` }),
    }),
  );
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
  // One marker per colour and size, sized in the drawing's units as the canvas sizes them
  // (a marker sized by the line's width would grow with every thicker path line).
  const markerId = (e: EdgeSingular) => {
    const color = String(e.style('target-arrow-color'));
    const length = arrowLength(num(e.style('width'), 2), num(e.style('arrow-scale'), 1));
    const key = `${color} ${length.toFixed(2)}`;
    let id = markers.get(key);
    if (!id) {
      id = `arrow-${markers.size}`;
      markers.set(key, id);
      const m = el('marker', {
        id,
        viewBox: '0 0 10 10',
        refX: 10,
        refY: 5,
        markerUnits: 'userSpaceOnUse',
        markerWidth: length,
        markerHeight: length,
        orient: 'auto-start-reverse',
      });
      m.append(el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: color }));
      defs.append(m);
    }
    return id;
  };
  drawAll(svg, visible, dx, dy, markerId);
  // The highlight layer over it, as on screen: the veil, then the layer's own elements.
  const layer = layerOf(cy);
  if (layer) {
    if (layer.dimmed())
      svg.append(
        el('rect', { width: drawing, height, fill: '#ffffff', 'fill-opacity': VEIL_OPACITY }),
      );
    drawAll(svg, layer.overlay.elements().not('.hidden, .layer-support'), dx, dy, markerId);
  }
  svg.append(legendSvg(key.lines, drawing, height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Edges, then nodes, then labels, so no shape covers a label; edge labels over node labels. */
function drawAll(
  svg: SVGElement,
  visible: Collection,
  dx: number,
  dy: number,
  markerId: (e: EdgeSingular) => string,
): void {
  visible.edges().forEach((e) => {
    svg.append(edgeLine(e, dx, dy, markerId));
  });
  visible.nodes().forEach((n) => {
    svg.append(nodeShape(n, dx, dy));
  });
  // Labels last, so no shape covers them; edge labels over node labels, as on the canvas.
  visible.nodes().forEach((n) => {
    const label = nodeLabel(n, dx, dy);
    if (label) svg.append(label);
  });
  visible.edges().forEach((e) => {
    const label = edgeLabel(e, dx, dy);
    if (label) svg.append(label);
  });
}
