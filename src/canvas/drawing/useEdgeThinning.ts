import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { thinEdges, type EdgeThinning } from './edgeThinning';

/**
 * Thins a big graph's edges at far zooms (see `thinEdges`), on the canvas renderer only: the
 * WebGL one draws edges its own way, and a small graph is never a grey mass.
 */
export function useEdgeThinning(cy: Core | null, on: boolean, shownEdges: number): void {
  const thinning = useRef<EdgeThinning | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || !on) return;
    const made = thinEdges(cy);
    thinning.current = made;
    window.cyThinning = made ?? undefined;
    return () => {
      made?.destroy();
      thinning.current = null;
    };
  }, [cy, on]);
  useEffect(() => {
    thinning.current?.setShownEdges(shownEdges);
  }, [cy, on, shownEdges]);
}
