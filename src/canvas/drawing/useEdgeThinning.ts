import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { EdgeThinning } from './edgeThinning';

/**
 * Thins a big graph's edges at far zooms (see `thinEdges`), on the canvas renderer only: the
 * WebGL one draws edges its own way, and a small graph is never a grey mass. Its code is
 * fetched for the first big graph, not by every page.
 */
export function useEdgeThinning(cy: Core | null, on: boolean, shownEdges: number): void {
  const thinning = useRef<EdgeThinning | null>(null);
  const shown = useRef(shownEdges);
  useEffect(() => {
    if (!cy || cy.destroyed() || !on) return;
    let live = true;
    let made: EdgeThinning | null = null;
    void import('./edgeThinning').then(({ thinEdges }) => {
      if (!live || cy.destroyed()) return;
      made = thinEdges(cy);
      made?.setShownEdges(shown.current);
      thinning.current = made;
      window.cyThinning = made ?? undefined;
    });
    return () => {
      live = false;
      made?.destroy();
      thinning.current = null;
      // No stale handle for whoever reads it next (a test, the benchmark) to take for the live one.
      if (window.cyThinning === made) window.cyThinning = undefined;
    };
  }, [cy, on]);
  useEffect(() => {
    shown.current = shownEdges;
    thinning.current?.setShownEdges(shownEdges);
  }, [cy, on, shownEdges]);
}
