import type { Core } from 'cytoscape';

// The one live canvas, for exports. Kept here, not in the store: the store holds data only.
let current: Core | null = null;

/** Records the canvas now on screen (or none). */
export function setCurrentCanvas(cy: Core | null): void {
  current = cy;
}

/** The canvas now on screen, or null before it has mounted. */
export function currentCanvas(): Core | null {
  return current && !current.destroyed() ? current : null;
}
