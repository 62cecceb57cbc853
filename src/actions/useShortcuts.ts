import { useEffect } from 'react';
import type { AppStore } from '../store/store';
import { KEYED_ACTIONS } from './registry';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Binds the registered actions' keys on the document, and Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y
 * to undo and redo while editing; letters are ignored while typing.
 */
export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const target = e.target instanceof HTMLElement ? e.target : null;
      const typing = target !== null && (TYPING.has(target.tagName) || target.isContentEditable);
      // Undo and redo of the data while editing; a text field keeps its own undo.
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !typing && store.getState().editing) {
        const key = e.key.toLowerCase();
        const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
        if (key === 'z' || redo) {
          e.preventDefault();
          if (redo) store.getState().redo();
          else store.getState().undo();
          return;
        }
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key !== 'Escape' && typing) return;
      const action = KEYED_ACTIONS.find(
        (a) => a.keys?.includes(e.key) && (a.enabled?.(store) ?? true),
      );
      if (!action) return;
      action.perform(store);
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}
