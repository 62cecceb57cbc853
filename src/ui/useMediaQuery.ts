import { useSyncExternalStore } from 'react';

/** Narrow windows and touch screens, where targets are 44 CSS pixels tall (as in screens.css). */
export const TOUCH_SIZED = '(max-width: 1100px), (pointer: coarse)';
/** Phones and upright tablets: the graph fills the screen, panels open as sheets (screens.css). */
export const PHONE = '(max-width: 720px), (max-width: 1100px) and (orientation: portrait)';

/** Whether a CSS media query matches now; follows changes (a window resized, a phone turned). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}
