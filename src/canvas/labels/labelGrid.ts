import type { Core, NodeSingular } from 'cytoscape';
import { NODE_DRAWING, overlaps, type Box } from '../../graph/labelBox';
import { layerOf } from '../highlight/layer';

/**
 * The smallest label, in screen pixels, worth drawing. Where the zoom would draw labels smaller,
 * the label grid draws the most important ones at this size and holds the rest back.
 */
export const LEGIBLE_PX = 11;
/** Labels the grid draws at most, and nodes it looks at to find them. */
const MAX_LEADS = 150;
const MAX_TRIED = 2000;
/** The stylesheet's `min-zoomed-font-size`: Cytoscape draws no smaller label. */
export const MIN_DRAWN_PX = 7;
/** Room kept between two labels, screen pixels. */
const GAP = 3;

/** The label styles a lead label overrides, in proportion, so it wraps as it would at 1:1. */
const LEAD_STYLES = 'font-size text-max-width text-margin-y min-zoomed-font-size';

/** How much each lead's label is scaled now (1 = as the stylesheet draws it). */
const scaleOf = new WeakMap<Core, Map<string, number>>();
/** The nodes whose labels the grid holds back now (class `label-quiet`). */
const quietOf = new WeakMap<Core, Set<string>>();

function leadsOf(cy: Core): Map<string, number> {
  let map = scaleOf.get(cy);
  if (!map) scaleOf.set(cy, (map = new Map<string, number>()));
  return map;
}

/** A label's box as the stylesheet draws it, relative to its top centre (model units). */
interface Rel {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}
/** Labels as the stylesheet draws them, measured while they were: a grown label says nothing
 * exact of its plain self, since the browser's glyph widths do not scale exactly. */
const plainOf = new WeakMap<Core, Map<string, Rel>>();

/** Forgets the plain label boxes (the labels' text or style changed). */
export function forgetPlainLabels(cy: Core): void {
  plainOf.delete(cy);
}

const anchor = (n: NodeSingular) => ({ x: n.position('x'), top: n.position('y') + n.height() / 2 });

/** The label's box as drawn now, relative to its top centre. */
function relNow(n: NodeSingular): Rel {
  const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const { x, top } = anchor(n);
  return { x1: b.x1 - x, x2: b.x2 - x, y1: b.y1 - top, y2: b.y2 - top };
}

/** The node's plain label box, relative to its top centre: measured, or remembered. */
function plainRel(n: NodeSingular): Rel {
  const cy = n.cy();
  let plain = plainOf.get(cy);
  if (!plain) plainOf.set(cy, (plain = new Map<string, Rel>()));
  const k = scaleOf.get(cy)?.get(n.id());
  // Measured once while plain, kept until the labels change: a label just put back may still
  // be measured at the size it had.
  const known = plain.get(n.id());
  if (known) return known;
  const now = relNow(n);
  if (k === undefined) {
    plain.set(n.id(), now);
    return now;
  }
  return { x1: now.x1 / k, x2: now.x2 / k, y1: now.y1 / k, y2: now.y2 / k };
}

/**
 * The box of a node with its label as the stylesheet draws it, whatever the grid made of it:
 * what a fit measures, so that fitting does not depend on the zoom it is about to choose.
 */
export function plainBox(n: NodeSingular): { x1: number; y1: number; x2: number; y2: number } {
  if (!scaleOf.get(n.cy())?.has(n.id()) && !plainOf.get(n.cy())?.has(n.id()))
    return n.boundingBox({});
  const shape = n.boundingBox({ includeLabels: false });
  const rel = plainRel(n);
  const { x, top } = anchor(n);
  return {
    x1: Math.min(shape.x1, x + rel.x1),
    x2: Math.max(shape.x2, x + rel.x2),
    y1: Math.min(shape.y1, top + rel.y1),
    y2: Math.max(shape.y2, top + rel.y2),
  };
}

/** A node's label box on screen if drawn `k` times the stylesheet's size. */
function screenBox(n: NodeSingular, k: number, zoom: number, pan: { x: number; y: number }): Box {
  const rel = plainRel(n);
  const { x, top } = anchor(n);
  return {
    x1: (x + rel.x1 * k) * zoom + pan.x,
    x2: (x + rel.x2 * k) * zoom + pan.x,
    y1: (top + rel.y1 * k) * zoom + pan.y,
    y2: (top + rel.y2 * k) * zoom + pan.y,
  };
}

/**
 * The label grid (sigma.js's idea): where the zoom draws labels smaller than {@link LEGIBLE_PX},
 * the most important nodes in view — the selection and what it highlights first, then by
 * `weight` (the chosen size measure, else degree) — get their labels drawn at that size, as many
 * as fit without covering each other; the rest wait for the zoom to make them legible. At a
 * zoom that draws every label legibly, the grid steps aside. Only the nodes whose labels change
 * are restyled. Out: how many labels it leads.
 */
export function placeLabelGrid(cy: Core, weight: (n: NodeSingular) => number): number {
  const leads = leadsOf(cy);
  const zoom = cy.zoom();
  const k = LEGIBLE_PX / (NODE_DRAWING.fontSize * zoom);
  const next = new Map<string, number>();
  const quiet = new Set<string>();
  if (k > 1 && cy.width() > 0) {
    const pan = cy.pan();
    const view = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() };
    const extent = cy.extent();
    const candidates: { n: NodeSingular; rank: number; w: number }[] = [];
    const layer = layerOf(cy);
    cy.nodes().forEach((n) => {
      if (n.hasClass('hidden')) return;
      const { x, y } = n.position();
      if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2) return;
      const rank = layer?.rankOf(n.id()) ?? 0;
      candidates.push({ n, rank, w: weight(n) });
    });
    candidates.sort((a, b) => b.rank - a.rank || b.w - a.w);
    const placed: Box[] = [];
    for (const { n } of candidates.slice(0, MAX_TRIED)) {
      if (next.size >= MAX_LEADS) break;
      const box = screenBox(n, k, zoom, pan);
      // Whole or not at all: a label cut by the canvas's edge reads as a different name.
      if (box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2) continue;
      if (placed.some((p) => overlaps(p, box, GAP))) continue;
      placed.push(box);
      next.set(n.id(), k);
    }
    // Every other node in view holds its label back: drawn at this zoom it would be too
    // small to read and would run under the leads. Out of view, no label matters; nor where
    // Cytoscape hides labels itself (its `min-zoomed-font-size`, checked at the zoom rounded
    // up to a power of two), which spares a big graph at fit a restyle of every node.
    const drawn = NODE_DRAWING.fontSize * 2 ** Math.ceil(Math.log2(zoom)) >= MIN_DRAWN_PX;
    if (drawn) for (const { n } of candidates) if (!next.has(n.id())) quiet.add(n.id());
  }
  const wasQuiet = quietOf.get(cy) ?? new Set<string>();
  cy.batch(() => {
    for (const id of wasQuiet) if (!quiet.has(id)) cy.getElementById(id).removeClass('label-quiet');
    for (const id of quiet) if (!wasQuiet.has(id)) cy.getElementById(id).addClass('label-quiet');
    for (const [id] of leads) if (!next.has(id)) cy.getElementById(id).removeStyle(LEAD_STYLES);
    for (const [id, scale] of next) {
      if (leads.get(id) === scale) continue;
      cy.getElementById(id).style({
        'font-size': NODE_DRAWING.fontSize * scale,
        'text-max-width': `${NODE_DRAWING.labelWidth * scale}px`,
        'text-margin-y': NODE_DRAWING.labelMargin * scale,
        'min-zoomed-font-size': 0,
      });
    }
  });
  scaleOf.set(cy, next);
  quietOf.set(cy, quiet);
  return next.size;
}

/**
 * Puts every label back as the stylesheet draws it (before a picture is exported, say). Out:
 * whether the grid had led any.
 */
export function clearLabelGrid(cy: Core): boolean {
  const leads = leadsOf(cy);
  const quiet = quietOf.get(cy) ?? new Set<string>();
  if (leads.size === 0 && quiet.size === 0) return false;
  cy.batch(() => {
    for (const [id] of leads) cy.getElementById(id).removeStyle(LEAD_STYLES);
    for (const id of quiet) cy.getElementById(id).removeClass('label-quiet');
  });
  scaleOf.set(cy, new Map());
  quietOf.set(cy, new Set());
  return true;
}
