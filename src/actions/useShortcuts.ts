import { useEffect } from 'react';
import type { AppStore } from '../store/store';
import { KEYED_ACTIONS } from './registry';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Binds the registered actions' keys on the document; letters are ignored while typing. */
export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      if (e.key !== 'Escape' && target && (TYPING.has(target.tagName) || target.isContentEditable))
        return;
      const action = KEYED_ACTIONS.find((a) => a.keys?.includes(e.key));
      if (!action) return;
      action.perform(store);
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
