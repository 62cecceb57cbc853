import { useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { AppStore } from '../../store/store';
import { fitCamera, frameOf, lastFit, showFrame, shownForFit } from './camera';
import type { LayoutState } from '../layouts';

/** Quiet time after the camera last moved before its frame is recorded. */
const SETTLE_MS = 250;
/** How long the camera takes from one story step's frame to the next (a large graph jumps). */
const STEP_GLIDE_MS = 400;

const close = (a: number, b: number, by: number) => Math.abs(a - b) <= by;

/**
 * Keeps the store's frame (what a shared link carries) and the canvas in step: a frame from a
 * link is shown once the layout is idle; a camera the user moved is recorded once it settles,
 * and a view that shows the graph fitted records none, so links of untouched views stay short.
 * Out: whether the camera is moving still (its frame not yet recorded), for anyone waiting on a
 * settled view.
 */
export function useViewportSync(
  cy: Core | null,
  store: AppStore,
  layout: LayoutState,
  viewportSeq: number,
): boolean {
  const shown = useRef<{ cy: Core; seq: number } | null>(null);
  const [moving, setMoving] = useState(false);
  useEffect(() => {
    if (!cy || cy.destroyed() || layout !== 'idle') return;
    if (shown.current?.cy === cy && shown.current.seq === viewportSeq) return;
    shown.current = { cy, seq: viewportSeq };
    const { viewport, playing } = store.getState();
    if (!viewport || viewportSeq === 0) return;
    // A story's camera moves from one step to the next; a link's frame is simply there.
    showFrame(cy, viewport, playing ? STEP_GLIDE_MS : 0);
  }, [cy, store, layout, viewportSeq]);

  useEffect(() => {
    if (!cy) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const record = () => {
      if (cy.destroyed()) return;
      // A glide whose frames come far apart (a busy page) is still on its way: what it shows
      // now is nobody's frame, and recording it would make a fit look like a camera moved by
      // hand (a caption's fit would then be skipped). Its next frame sets the timer again.
      if (cy.animated()) return;
      setMoving(false);
      const now = { zoom: cy.zoom(), pan: cy.pan() };
      const at = (fit: { zoom: number; pan: { x: number; y: number } } | null) =>
        fit !== null &&
        close(fit.zoom, now.zoom, fit.zoom * 1e-3) &&
        close(fit.pan.x, now.pan.x, 1) &&
        close(fit.pan.y, now.pan.y, 1);
      const fitted = at(fitCamera(cy, shownForFit(cy))) || at(lastFit(cy));
      const { viewport, setViewport } = store.getState();
      if (fitted) {
        if (viewport !== null) setViewport(null);
        return;
      }
      const frame = frameOf(cy);
      if (
        viewport &&
        close(viewport.zoom, frame.zoom, 1e-3) &&
        close(viewport.x, frame.x, 0.1) &&
        close(viewport.y, frame.y, 0.1)
      )
        return;
      setViewport(frame);
    };
    const onViewport = () => {
      setMoving(true);
      clearTimeout(timer);
      timer = setTimeout(record, SETTLE_MS);
    };
    cy.on('viewport', onViewport);
    return () => {
      clearTimeout(timer);
      if (!cy.destroyed()) cy.removeListener('viewport', onViewport);
    };
  }, [cy, store]);
  return moving;
}
