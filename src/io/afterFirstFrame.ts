import { canvasDrawn } from '../canvas/port';

/**
 * The longest wait for the canvas's first frame: a canvas whose code never arrived must not
 * hold back what waits for it (one that threw says so at once, through its error boundary).
 */
const AT_MOST_MS = 5000;

/**
 * Runs `start` once the canvas has drawn its first graph, so what can wait (the analysis
 * workers, with their code) is fetched and started after the picture, not before it.
 */
export function afterFirstFrame(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  void canvasDrawn().then(once);
  setTimeout(once, AT_MOST_MS);
}
