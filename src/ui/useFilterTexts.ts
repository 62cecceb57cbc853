import { useMemo } from 'react';
import { filterTexts, type FilterText } from '../store/describe';
import { useApp, useAppStore } from '../store/store';

/** The active filters as text, in the chips' order: what the chips and the empty canvas name. */
export function useFilterTexts(): FilterText[] {
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const filters = useApp((s) => s.filters);
  const focusOnly = useApp((s) => s.focusOnly);
  const lang = useApp((s) => s.lang);
  return useMemo(
    () => filterTexts(store.getState()),
    // The texts follow these; the store is read for them at once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, graph, filters, focusOnly, lang],
  );
}
