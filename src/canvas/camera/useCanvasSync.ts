import { useEffect, useRef } from 'react';
import type { Collection, Core } from 'cytoscape';
import type { VisibleSet } from '../../graph/filters';
import type { Bundles } from '../../graph/bundles';
import type { CameraCommand, Selection } from '../../graph/view';
import type { AppStore } from '../../store/store';
import { bringIntoView, drawingBox, fitTo, setCovered, shownForFit } from './camera';
import { layerElements, selectedElements } from '../highlight/layer';
import { drawnIds } from '../highlight/usePathMarks';

/** Carries out camera requests from the toolbar (and a story's steps). */
export function useCamera(
  cy: Core | null,
  camera: { command: CameraCommand; seq: number } | null,
): void {
  const done = useRef(0);
  useEffect(() => {
    if (!cy || !camera || camera.seq === done.current) return;
    done.current = camera.seq;
    const visible = shownForFit(cy);
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (camera.command === 'fit') fitTo(cy, visible, 300);
    else
      cy.animate({
        zoom: {
          level: cy.zoom() * (camera.command === 'zoomIn' ? 1.3 : 1 / 1.3),
          renderedPosition: centre,
        },
        duration: 200,
      });
  }, [cy, camera]);
}

/**
 * Every fit leaves out what lies over the canvas's foot (a story's caption), and a fitted view
 * is fitted again when that changes (the caption came, went or grew); a camera the user moved
 * stays where it is.
 */
export function useFitAroundCover(cy: Core | null, store: AppStore, covered: number): void {
  const fittedFor = useRef<{ cy: Core; covered: number } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    setCovered(cy, covered);
    const before = fittedFor.current;
    fittedFor.current = { cy, covered };
    if (before?.cy !== cy || before.covered === covered) return;
    if (store.getState().viewport === null) fitTo(cy, shownForFit(cy), 300);
  }, [cy, store, covered]);
}

/**
 * Whether the wheel (and a pinch) zooms the canvas. An embed's does not until it is taken up,
 * so the wheel scrolls the page it sits in: Cytoscape leaves a wheel it does not use alone.
 */
export function useWheelZoom(cy: Core | null, on: boolean): void {
  useEffect(() => {
    if (cy && !cy.destroyed()) cy.userZoomingEnabled(on);
  }, [cy, on]);
}

/**
 * What a choice brings into view: a node with the neighbourhood the canvas highlights for it
 * (at the chosen depth, as filtered), or an edge with its two ends.
 */
export function chosenElements(cy: Core): Collection {
  const near = layerElements(cy, 'near').not('.hidden');
  const chosen = selectedElements(cy).not('.hidden');
  if (chosen.nodes().nonempty()) return near.filter('node');
  return chosen.edges().connectedNodes().not('.hidden');
}

/**
 * Whenever a node or edge is chosen (on the canvas, in search, the list, the table, a path
 * answer), or chosen again, it and its neighbourhood are brought into view unless they are in
 * it already. Runs after the highlight, which marks what the neighbourhood is. A selection the
 * page opened with is left alone: the fitted picture or the link's camera already shows it.
 */
export function useFrameChoice(
  cy: Core | null,
  selection: Selection | null,
  revealSeq: number,
): void {
  const done = useRef<{ cy: Core; id: string | null; seq: number } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const id = selection?.id ?? null;
    const last = done.current;
    done.current = { cy, id, seq: revealSeq };
    if (!last || last.cy !== cy) return;
    if (!id || (last.id === id && last.seq === revealSeq)) return;
    bringIntoView(cy, chosenElements(cy));
  }, [cy, selection, revealSeq]);
}

/**
 * Keeps the picture in place when the canvas changes size (a notice or a panel opens, the
 * window turns): a view that showed the whole graph is fitted again, any other (or one whose
 * frame the link records, `framed`) keeps its centre, so nothing is pushed out of sight and a
 * shared view stays as it was.
 */
export function useResizeKeepsView(cy: Core | null, framed: () => boolean): void {
  useEffect(() => {
    const el = cy?.container();
    if (!cy || !el) return;
    let width = el.clientWidth;
    let height = el.clientHeight;
    const observer = new ResizeObserver(() => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      // Cytoscape's own size, cached, may be behind the box even where ours is not: it is read
      // whenever something asks, between our notices.
      const current = w === width && h === height && w === cy.width() && h === cy.height();
      if (current || w === 0 || h === 0) return;
      const visible = shownForFit(cy);
      const box = drawingBox(visible);
      const [zoom, pan] = [cy.zoom(), cy.pan()];
      const sawAll =
        box !== null &&
        box.x1 * zoom + pan.x >= -1 &&
        box.y1 * zoom + pan.y >= -1 &&
        box.x2 * zoom + pan.x <= width + 1 &&
        box.y2 * zoom + pan.y <= height + 1;
      cy.resize();
      // A frame the link records (the user's, or a choice's) stays where it is.
      if (sawAll && !framed()) fitTo(cy, visible);
      else cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
      width = w;
      height = h;
    });
    observer.observe(el);
    // Cytoscape measures its box itself too, 100 ms after it changed: where that falls between
    // two changes the page makes before one frame, it keeps the size in between, and no notice
    // comes to correct it. Checked again on the frame after every resize.
    let check = 0;
    const recheck = () => {
      check ||= requestAnimationFrame(() => {
        check = 0;
        if (!cy.destroyed() && (el.clientWidth !== cy.width() || el.clientHeight !== cy.height()))
          cy.resize();
      });
    };
    cy.on('resize', recheck);
    return () => {
      observer.disconnect();
      cy.off('resize', recheck);
      cancelAnimationFrame(check);
    };
    // `framed` is read when the canvas resizes, not when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy]);
}

/**
 * Frames the paths found: a new answer whole, another of its paths chosen brought into view.
 */
export function useFramePaths(
  cy: Core | null,
  bundles: Bundles,
  paths: VisibleSet | null,
  chosen: VisibleSet | null,
): void {
  const framed = useRef<{ cy: Core; paths: VisibleSet | null } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const last = framed.current?.cy === cy ? framed.current : null;
    framed.current = { cy, paths };
    if (!paths) return;
    const marked = cy.collection();
    for (const id of drawnIds(bundles, paths)) marked.merge(cy.getElementById(id));
    if (last?.paths !== paths) fitTo(cy, marked, 300);
    else
      bringIntoView(
        cy,
        marked.nodes().filter((n) => chosen?.nodes.has(n.id()) ?? false),
      );
  }, [cy, bundles, paths, chosen]);
}
