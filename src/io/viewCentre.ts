import { canvasPort } from '../canvas/port';

/** The middle of the view on screen in graph units, or the origin before the canvas mounts. */
export function viewCentre(): { x: number; y: number } {
  return canvasPort()?.centre() ?? { x: 0, y: 0 };
}
