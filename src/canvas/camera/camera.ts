import type { Collection, Core } from 'cytoscape';
import type { Viewport } from '../../graph/view';
import { NODE_DRAWING } from '../../graph/labelBox';
import { plainBox } from '../labels/labelGrid';
import { FIT_PADDING, LARGE_GRAPH } from '../layouts';

/** Half the largest node plus a line of label, in model units: what a centre-point box misses. */
const NODE_MARGIN = 50;

/** A box on the drawing, in model units. */
export type { Box } from '../../graph/labelBox';
import type { Box } from '../../graph/labelBox';

/**
 * Where `eles` are drawn, in model units. A small drawing is measured with its labels; a large
 * one by its nodes' centres plus a margin, because measuring 20,000 labels blocks the page for
 * seconds. Out: the box, or null when there are no nodes.
 */
export function drawingBox(eles: Collection): Box | null {
  const nodes = eles.nodes();
  if (nodes.empty()) return null;
  if (eles.length <= LARGE_GRAPH) {
    // Labels as the stylesheet draws them: the label grid resizes some with the zoom.
    const edges = eles.edges();
    const box = edges.nonempty() ? edges.boundingBox({}) : null;
    let [x1, y1, x2, y2] = box
      ? [box.x1, box.y1, box.x2, box.y2]
      : [Infinity, Infinity, -Infinity, -Infinity];
    nodes.forEach((n) => {
      const b = plainBox(n);
      [x1, y1, x2, y2] = [
        Math.min(x1, b.x1),
        Math.min(y1, b.y1),
        Math.max(x2, b.x2),
        Math.max(y2, b.y2),
      ];
    });
    return { x1, y1, x2, y2 };
  }
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    const { x, y } = n.position();
    if (x < x1) x1 = x;
    if (x > x2) x2 = x;
    if (y < y1) y1 = y;
    if (y > y2) y2 = y;
  }
  return {
    x1: x1 - NODE_MARGIN,
    y1: y1 - NODE_MARGIN,
    x2: x2 + NODE_MARGIN,
    y2: y2 + NODE_MARGIN,
  };
}

/**
 * Makes Cytoscape read its container's size again if it changed: it keeps the size it last
 * read, so a notice or panel that has just taken room would be fitted into the old one.
 */
export function syncSize(cy: Core): void {
  const el = cy.container();
  if (el && (el.clientWidth !== cy.width() || el.clientHeight !== cy.height())) cy.resize();
}

/** CSS pixels at each canvas's foot that something lies over (a story's caption). */
const coveredBelow = new WeakMap<Core, number>();

/** Says how much of the canvas's foot is covered: every fit from now on leaves it out. */
export function setCovered(cy: Core, px: number): void {
  coveredBelow.set(cy, px);
}

/**
 * The camera that shows `eles` whole, or null when there is nothing to fit; in what is left
 * of the canvas above what covers its foot, unless that is most of the canvas.
 */
/**
 * What every fit of a canvas takes in besides its elements: a plot's area (model units), and
 * screen pixels around it for the plot's words, which keep their size at any zoom.
 */
export interface FitExtent {
  readonly box: Box;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}
const fitExtents = new WeakMap<Core, FitExtent>();
export function setFitExtent(cy: Core, extent: FitExtent | null): void {
  if (extent) fitExtents.set(cy, extent);
  else fitExtents.delete(cy);
}

export function fitCamera(
  cy: Core,
  eles: Collection,
): { zoom: number; pan: { x: number; y: number } } | null {
  const covered = coveredBelow.get(cy) ?? 0;
  const drawn = drawingBox(eles);
  if (!drawn) return null;
  const extra = fitExtents.get(cy);
  const box = extra
    ? {
        x1: Math.min(drawn.x1, extra.box.x1),
        y1: Math.min(drawn.y1, extra.box.y1),
        x2: Math.max(drawn.x2, extra.box.x2),
        y2: Math.max(drawn.y2, extra.box.y2),
      }
    : drawn;
  const m = extra?.margin ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const height = covered > 0 && covered < cy.height() * 0.6 ? cy.height() - covered : cy.height();
  const roomX = Math.max(1, cy.width() - 2 * FIT_PADDING - m.left - m.right);
  const roomY = Math.max(1, height - 2 * FIT_PADDING - m.top - m.bottom);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(roomX / w, roomY / h)));
  return {
    zoom,
    pan: {
      x: FIT_PADDING + m.left + (roomX - zoom * w) / 2 - zoom * box.x1,
      y: FIT_PADDING + m.top + (roomY - zoom * h) / 2 - zoom * box.y1,
    },
  };
}

/** The camera each canvas was last fitted to: a view still there is a fitted one. */
const lastFits = new WeakMap<Core, { zoom: number; pan: { x: number; y: number } }>();

/**
 * The camera the canvas was last fitted to by {@link fitTo}, if any. Measuring the fit again
 * can come out a hair different (labels the grid resized are measured back), so a view is
 * also taken as fitted when it is where the last fit put it.
 */
export function lastFit(cy: Core): { zoom: number; pan: { x: number; y: number } } | null {
  return lastFits.get(cy) ?? null;
}

/**
 * What a fit frames: the shown elements; on a large graph the shown nodes alone (its box is
 * taken from node centres anyway, and filtering 100,000 edges on every resize costs a frame).
 */
export function shownForFit(cy: Core): Collection {
  return cy.elements().length > LARGE_GRAPH
    ? cy.nodes().not('.hidden')
    : cy.elements().not('.hidden');
}

/**
 * Fits the view to `eles`, at once or with a short glide; a large graph jumps, since every
 * frame of a glide redraws all of it.
 */
export function fitTo(cy: Core, eles: Collection, duration = 0): void {
  syncSize(cy);
  const camera = fitCamera(cy, eles);
  if (!camera) return;
  lastFits.set(cy, camera);
  if (duration > 0 && cy.elements().length <= LARGE_GRAPH) cy.animate({ ...camera, duration });
  else cy.viewport(camera);
}

/**
 * The frame a camera shows (the current one unless given): its zoom and the graph point at the
 * canvas's centre, which any canvas size can show again.
 */
export function frameOf(
  cy: Core,
  camera: { zoom: number; pan: { x: number; y: number } } = { zoom: cy.zoom(), pan: cy.pan() },
): Viewport {
  const { zoom, pan } = camera;
  return { zoom, x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

/**
 * Shows a frame: its zoom, with its graph point at the canvas's centre; with a glide of
 * `duration` ms where the graph is small enough for every frame of it to be drawn in time.
 */
export function showFrame(cy: Core, frame: Viewport, duration = 0): void {
  const camera = {
    zoom: frame.zoom,
    pan: { x: cy.width() / 2 - frame.zoom * frame.x, y: cy.height() / 2 - frame.zoom * frame.y },
  };
  if (duration > 0 && cy.elements().length <= LARGE_GRAPH) cy.animate({ ...camera, duration });
  else cy.viewport(camera);
}

/** The part of the drawing the canvas shows now, less a margin, in model units. */
function viewBox(cy: Core, margin: number): Box {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    x1: (margin - pan.x) / zoom,
    y1: (margin - pan.y) / zoom,
    x2: (cy.width() - margin - pan.x) / zoom,
    y2: (cy.height() - margin - pan.y) / zoom,
  };
}

/** Closest a choice is brought: its own zoom when nearer, else this (labels at 14 px). */
const FRAME_ZOOM = 1.2;
/** Below this zoom labels are under 10 px: a choice seen that small is brought closer. */
const READABLE_ZOOM = 10 / NODE_DRAWING.fontSize;

/**
 * Brings what the user chose (a node with its neighbourhood, an edge with its ends) into the
 * canvas, which is what sheets, legend, notices and table leave of the screen, unless it is
 * in view already and legible: zoomed out as far as needed to take it whole, never in closer
 * than the current zoom or {@link FRAME_ZOOM}. `keepZoom` only pans (the keyboard walk's cursor). Out:
 * whether the camera moved.
 */
export function bringIntoView(cy: Core, eles: Collection, keepZoom = false): boolean {
  syncSize(cy);
  if (cy.width() === 0 || cy.height() === 0) return false;
  const box = drawingBox(eles);
  if (!box) return false;
  const seen = viewBox(cy, FIT_PADDING / 2);
  const inside = box.x1 >= seen.x1 && box.y1 >= seen.y1 && box.x2 <= seen.x2 && box.y2 <= seen.y2;
  if (inside && (keepZoom || cy.zoom() >= READABLE_ZOOM)) return false;
  const fitted = fitCamera(cy, eles);
  if (!fitted) return false;
  const zoom = keepZoom ? cy.zoom() : Math.min(fitted.zoom, Math.max(cy.zoom(), FRAME_ZOOM));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const camera = {
    zoom,
    pan: { x: cy.width() / 2 - zoom * centre.x, y: cy.height() / 2 - zoom * centre.y },
  };
  cy.stop(true, false);
  if (cy.elements().length <= LARGE_GRAPH) cy.animate({ ...camera, duration: 250 });
  else cy.viewport(camera);
  return true;
}
