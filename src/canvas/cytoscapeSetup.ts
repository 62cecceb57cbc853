import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';

declare global {
  interface Window {
    /** The live Cytoscape instance, for debugging and end-to-end tests. */
    cy?: Core;
  }
}

// Registering twice throws in some versions; module evaluation happens once.
cytoscape.use(fcose);
