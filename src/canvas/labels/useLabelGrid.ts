import { useEffect } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../graph/view';
import { clearLabelGrid, forgetPlainLabels, placeLabelGrid } from './labelGrid';
import type { LayoutState } from '../layouts';

/** The chosen size measure where there is one, else the node's links. */
const weight = (n: NodeSingular): number => {
  const size: unknown = n.data('appSize');
  const degree: unknown = n.data('degree');
  return typeof size === 'number' ? size : typeof degree === 'number' ? degree : 0;
};

/**
 * Runs `draw` with every label as the stylesheet draws it, then places the grid again: a
 * picture of the whole graph is drawn at its own scale, where the grid's sizes would be wrong.
 */
export function withoutLabelGrid<T>(cy: Core, draw: () => T): T {
  const had = clearLabelGrid(cy);
  try {
    return draw();
  } finally {
    if (had) placeLabelGrid(cy, weight);
  }
}

/**
 * Keeps the label grid in step with the picture: placed again, once a frame, whenever the
 * camera moves or nodes are dragged, when a layout finishes, when what is sized or named
 * changes (`inputs`, measured afresh) and when what ranks the labels or is shown does (`ranks`). The circle turns its own labels outwards, so it has none.
 */
export function useLabelGrid(
  cy: Core | null,
  layout: LayoutName,
  state: LayoutState,
  inputs: readonly unknown[],
  ranks: readonly unknown[],
): void {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    if (layout === 'circle' || state !== 'idle') {
      clearLabelGrid(cy);
      return;
    }
    // The labels' text or style may have changed: measured afresh, from their plain selves.
    clearLabelGrid(cy);
    forgetPlainLabels(cy);
    let frame = 0;
    const place = () => {
      frame = 0;
      if (!cy.destroyed()) placeLabelGrid(cy, weight);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    cy.on('viewport resize layoutstop', schedule);
    cy.on('dragfree', 'node', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      cy.off('viewport resize layoutstop', schedule);
      cy.off('dragfree', 'node', schedule);
    };
    // `inputs` lists what else the grid reads from the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, layout, state, ...inputs]);
  // What ranks the labels and which are shown (selection, highlight, paths, filters) changes no
  // label's text or size: placed again, only the labels whose place changes are restyled.
  useEffect(() => {
    if (!cy || cy.destroyed() || layout === 'circle' || state !== 'idle') return;
    placeLabelGrid(cy, weight);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy, layout, state, ...ranks]);
}
