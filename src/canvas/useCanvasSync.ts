import { useEffect, useRef } from 'react';
import type { Collection, Core, Layouts } from 'cytoscape';
import type { VisibleSet } from '../graph/filters';
import type { GraphModel } from '../graph/model';
import type { CameraCommand, LayoutName, Selection } from '../graph/view';
import { LARGE_GRAPH, layoutOptions, type LayoutState } from './layouts';

/** The canvas elements whose ids a set names, as one collection for whole-collection changes. */
function elementsIn(cy: Core, set: VisibleSet): Collection {
  return cy.elements().filter((el) => (el.isNode() ? set.nodes : set.edges).has(el.id()));
}

/**
 * Shows exactly the `shown` elements (by class, in one batch) and lays them out. Runs when the
 * shown set, the layout or the re-run counter changes, and at no other render. Reports each
 * layout's start and its stop (after any animation), never a stop of one it replaced.
 */
export function useVisibilityAndLayout(
  cy: Core | null,
  graph: GraphModel,
  shown: VisibleSet,
  layout: LayoutName,
  layoutSeq: number,
  onLayoutState: (state: LayoutState) => void,
): void {
  const placed = useRef<{ cy: Core; graph: GraphModel } | null>(null);
  useEffect(() => {
    if (!cy) return;
    // Whole-collection class changes: one style pass each, not one per element.
    const visible = elementsIn(cy, shown);
    cy.batch(() => {
      visible.removeClass('hidden');
      cy.elements().difference(visible).addClass('hidden');
    });
    const first = placed.current?.cy !== cy || placed.current.graph !== graph;
    placed.current = { cy, graph };
    let running: Layouts | null = null;
    if (visible.nonempty()) {
      const mine = visible.layout(layoutOptions(layout, shown.nodes.size, first));
      running = mine;
      onLayoutState('running');
      mine.one('layoutstop', () => {
        if (running === mine) onLayoutState('idle');
      });
      mine.run();
    } else onLayoutState('idle');
    return () => {
      const stopping = running;
      running = null;
      stopping?.stop();
    };
  }, [cy, graph, shown, layout, layoutSeq, onLayoutState]);
}

/** Fades everything outside the highlighted neighbourhood and marks the selection. */
export function useHighlight(
  cy: Core | null,
  highlight: VisibleSet | null,
  selection: Selection | null,
): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded highlighted selected show-label');
      if (!highlight || !selection) return;
      const near = elementsIn(cy, highlight);
      near.addClass('highlighted');
      cy.elements().difference(near).addClass('faded');
      const selected = cy.getElementById(selection.id);
      selected.addClass('selected show-label');
      if (selection.kind === 'node')
        selected.connectedEdges().not('.hidden').addClass('show-label');
    });
  }, [cy, highlight, selection]);
}

/** Carries out camera requests from the toolbar. */
export function useCamera(
  cy: Core | null,
  camera: { command: CameraCommand; seq: number } | null,
): void {
  const done = useRef(0);
  useEffect(() => {
    if (!cy || !camera || camera.seq === done.current) return;
    done.current = camera.seq;
    const visible = cy.elements().not('.hidden');
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (camera.command === 'fit')
      cy.animate({ fit: { eles: visible, padding: 40 }, duration: 300 });
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

/** Centres a node chosen outside the canvas (search, list, details). */
export function useReveal(cy: Core | null, selection: Selection | null, revealSeq: number): void {
  const done = useRef(0);
  useEffect(() => {
    if (!cy || revealSeq === done.current) return;
    done.current = revealSeq;
    if (!selection) return;
    const el = cy.getElementById(selection.id);
    // Every animation frame redraws the whole graph; large graphs jump instead.
    if (el.nonempty() && !el.hasClass('hidden'))
      cy.animate({ center: { eles: el }, duration: cy.elements().length > LARGE_GRAPH ? 0 : 350 });
    // The selection is read at the moment of the request only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, revealSeq]);
}

/**
 * Keeps the picture in place when the canvas changes size (a notice or a panel opens, the
 * window turns): a view that showed the whole graph is fitted again, any other keeps its
 * centre, so nothing is pushed out of sight.
 */
export function useResizeKeepsView(cy: Core | null): void {
  useEffect(() => {
    const el = cy?.container();
    if (!cy || !el) return;
    let width = el.clientWidth;
    let height = el.clientHeight;
    const observer = new ResizeObserver(() => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      if ((w === width && h === height) || w === 0 || h === 0) return;
      const visible = cy.elements().not('.hidden');
      const box = visible.renderedBoundingBox();
      const sawAll = box.x1 >= -1 && box.y1 >= -1 && box.x2 <= width + 1 && box.y2 <= height + 1;
      cy.resize();
      if (sawAll && visible.nonempty()) cy.fit(visible, 40);
      else cy.panBy({ x: (w - width) / 2, y: (h - height) / 2 });
      width = w;
      height = h;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [cy]);
}
