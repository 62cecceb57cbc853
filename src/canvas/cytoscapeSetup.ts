import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live Cytoscape instance, for debugging and end-to-end tests. */
    cy?: Core;
    /** The instance that draws the highlight layer above it (see canvas/highlight). */
    cyLayer?: Core;
    /** How a big graph's edges are thinned at far zooms (see canvas/drawing/edgeThinning). */
    cyThinning?: { share(): number };
  }
}
