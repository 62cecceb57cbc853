import { useSyncExternalStore } from 'react';

/** Narrow windows and touch screens, where targets are 44 CSS pixels tall (as in screens.css). */
export const TOUCH_SIZED = '(max-width: 1100px), (pointer: coarse)';
/** Phones: the graph fills the screen and panels open as sheets (as in screens.css). */
export const PHONE = '(max-width: 720px)';

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
