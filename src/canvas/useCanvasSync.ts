import { useEffect, useRef } from 'react';
import type { Collection, Core } from 'cytoscape';
import type { VisibleSet } from '../graph/filters';
import { drawnId, type Bundles } from '../graph/bundles';
import type { CameraCommand, Selection } from '../graph/view';
import { bringIntoView, drawingBox, fitTo, shownForFit } from './camera';
import { layerElements, selectedElements } from './highlight/layer';

/**
 * The canvas elements a set of node and edge ids names, looked up one by one (no scan of the
 * graph); an edge drawn in a bundle names its bundle.
 */
function elementsOf(cy: Core, bundles: Bundles, ids: Iterable<string>): Collection {
  // merge adds in place (and only once), so building the collection stays linear.
  const found = cy.collection();
  for (const id of ids) {
    const el = cy.getElementById(drawnId(bundles, id));
    if (el.nonempty()) found.merge(el);
  }
  return found;
}

/**
 * Of the edges that left the shown set, the drawn ids to hide: single edges, and each bundle
 * none of whose edges is still shown. Each bundle is checked once, so this stays linear.
 */
function drawnToHide(bundles: Bundles, left: readonly string[], shown: ReadonlySet<string>) {
  const hide: string[] = [];
  const touched = new Set<string>();
  for (const id of left) {
    const bundle = bundles.of.get(id);
    if (bundle === undefined) hide.push(id);
    else touched.add(bundle);
  }
  for (const bundle of touched)
    if (!(bundles.members.get(bundle) ?? []).some((m) => shown.has(m))) hide.push(bundle);
  return hide;
}

/** The ids in `a` that are not in `b`. */
function minus(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of a) if (!b.has(id)) out.push(id);
  return out;
}

/**
 * Shows exactly the `shown` elements. Only what changes is touched: a filter that hides one
 * sector restyles that sector's nodes and edges, not the whole graph, and nothing moves —
 * hidden nodes keep their places and come back where they were. In focus mode the view fits
 * what is shown.
 */
export function useVisibility(
  cy: Core | null,
  bundles: Bundles,
  shown: VisibleSet,
  fit: boolean,
): void {
  const before = useRef<{ cy: Core; bundles: Bundles; shown: VisibleSet } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const last = before.current;
    before.current = { cy, bundles, shown };
    if (last?.cy === cy && last.bundles === bundles) {
      if (last.shown === shown) return;
      const hide = [
        ...minus(last.shown.nodes, shown.nodes),
        ...drawnToHide(bundles, minus(last.shown.edges, shown.edges), shown.edges),
      ];
      const show = [
        ...minus(shown.nodes, last.shown.nodes),
        ...minus(shown.edges, last.shown.edges),
      ];
      cy.batch(() => {
        elementsOf(cy, bundles, hide).addClass('hidden');
        elementsOf(cy, bundles, show).removeClass('hidden');
      });
    } else {
      // A new instance or new elements: one pass over everything, once.
      const visible = elementsOf(cy, bundles, [...shown.nodes, ...shown.edges]);
      cy.batch(() => {
        visible.removeClass('hidden');
        cy.elements().difference(visible).addClass('hidden');
      });
    }
    if (fit) {
      const visible = shownForFit(cy);
      fitTo(cy, visible, 300);
    }
  }, [cy, bundles, shown, fit]);
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
      if ((w === width && h === height) || w === 0 || h === 0) return;
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
    return () => observer.disconnect();
    // `framed` is read when the canvas resizes, not when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy]);
}
