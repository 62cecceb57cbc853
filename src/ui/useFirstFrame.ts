import { useEffect, useState } from 'react';
import { afterFirstFrame } from '../io/afterFirstFrame';

let drawnYet = false;

/**
 * Whether the canvas has drawn its first graph: what the page can show a moment later (the
 * list of nodes, with its code) renders from then on, so its code is fetched after the picture.
 */
export function useFirstFrame(): boolean {
  const [drawn, setDrawn] = useState(drawnYet);
  useEffect(() => {
    if (drawn) return;
    let live = true;
    afterFirstFrame(() => {
      drawnYet = true;
      if (live) setDrawn(true);
    });
    return () => {
      live = false;
    };
  }, [drawn]);
  return drawn;
}
