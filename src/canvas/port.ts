import type { LegendModel } from '../store/describe';

/**
 * What the rest of the app may ask of the canvas: pictures of it. Side-effect code (src/io/)
 * reaches the canvas only through this port, so it never touches Cytoscape, and the canvas
 * instance stays out of the store.
 */
export interface CanvasPort {
  /** A 2× PNG of the view on screen, or of the whole visible graph, with the legend beside. */
  png(this: void, whole: boolean, legend: LegendModel): Promise<Blob>;
  /** An SVG of the whole visible graph, with text as text and the legend beside. */
  svg(this: void, legend: LegendModel): Promise<string>;
  /** The middle of the view on screen, in the graph's units: where a new node appears. */
  centre(this: void): { x: number; y: number };
}

let current: CanvasPort | null = null;

/** Called by the canvas as it mounts (with its port) and unmounts (with null). */
export function setCanvasPort(port: CanvasPort | null): void {
  current = port;
}

/** The canvas on screen, or null before it has mounted. */
export function canvasPort(): CanvasPort | null {
  return current;
}

let drawn: () => void = () => undefined;
const firstDrawn = new Promise<void>((resolve) => {
  drawn = resolve;
});

/** Called by the canvas when it has drawn its first frame. */
export function markCanvasDrawn(): void {
  drawn();
}

/** Resolves once the canvas has drawn its first frame. */
export function canvasDrawn(): Promise<void> {
  return firstDrawn;
}
