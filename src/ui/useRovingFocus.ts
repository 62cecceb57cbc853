import { useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

// A disabled control cannot take focus: the arrows pass it by.
const ITEMS = 'button:enabled, select:enabled, input:enabled, a[href]';

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one Tab stop, and Left, Right, Home and End move
 * among its controls (Up and Down are left to a select, which changes its value with them).
 * Out: props for the toolbar element.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [active, setActive] = useState(0);
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
  // Controls come and go (a toggle only some graphs have), so the stop is set after each render.
  useLayoutEffect(() => {
    const all = items();
    const at = Math.min(active, all.length - 1);
    all.forEach((el, i) => {
      el.tabIndex = i === at ? 0 : -1;
    });
  });
  const onKeyDown = (e: KeyboardEvent) => {
    const all = items();
    const at = all.findIndex((el) => el === document.activeElement);
    if (at < 0) return;
    const to =
      e.key === 'ArrowRight'
        ? (at + 1) % all.length
        : e.key === 'ArrowLeft'
          ? (at - 1 + all.length) % all.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? all.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    setActive(to);
    all[to]?.focus();
  };
  const onFocus = (e: FocusEvent) => {
    const at = items().findIndex((el) => el === e.target);
    if (at >= 0) setActive(at);
  };
  return { ref, onKeyDown, onFocus };
}
