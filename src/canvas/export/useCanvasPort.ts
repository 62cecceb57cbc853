import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { withoutLabelGrid } from '../labels/useLabelGrid';
import { markCanvasDrawn, setCanvasPort } from '../port';

/** Opens the canvas to the export code (src/io) through its port while `cy` lives. */
export function useCanvasPort(cy: Core | null): void {
  useEffect(() => {
    if (!cy) return;
    cy.one('render', markCanvasDrawn);
    setCanvasPort({
      // The view on screen as it is; the whole graph at its own scale, without the grid. The
      // pictures' code is fetched when a picture is first asked for.
      png: async (whole, legend) => {
        const { pngOf } = await import('./imageExport');
        return whole
          ? withoutLabelGrid(cy, () => pngOf(cy, true, legend))
          : pngOf(cy, false, legend);
      },
      svg: async (legend) => {
        const { svgOf } = await import('./imageExport');
        return withoutLabelGrid(cy, () => svgOf(cy, legend));
      },
      centre: () => {
        const pan = cy.pan();
        const zoom = cy.zoom();
        return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
      },
    });
    return () => setCanvasPort(null);
  }, [cy]);
}
