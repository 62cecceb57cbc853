import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { GraphModel } from '../graph/model';
import type { Lang } from '../i18n/strings';
import { createAnalysisSlice } from './analysisSlice';
import { createFiltersSlice } from './filtersSlice';
import { createGraphSlice, type DataOrigin } from './graphSlice';
import { createHistorySlice } from './historySlice';
import { createImportSlice } from './importSlice';
import { createSelectionSlice } from './selectionSlice';
import { createSourcesSlice } from './sourcesSlice';
import { createStorySlice } from './storySlice';
import { createTimeSlice } from './timeSlice';
import type { AppState } from './types';
import { createViewSlice } from './viewSlice';

export type AppStore = StoreApi<AppState>;

/**
 * Makes the one application store. In: the first graph and the starting language. Out: a
 * store whose slices start with no filters and no selection.
 */
export function createAppStore(initial: {
  graph: GraphModel;
  origin: DataOrigin;
  lang: Lang;
  embedded?: boolean;
}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createGraphSlice(initial)(...a),
    ...createFiltersSlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(initial)(...a),
    ...createImportSlice(...a),
    ...createAnalysisSlice(...a),
    ...createHistorySlice(...a),
    ...createSourcesSlice(...a),
    ...createStorySlice(...a),
    ...createTimeSlice(...a),
  }));
}

export const StoreContext = createContext<AppStore | null>(null);

/** Reads the store with a narrow selector; re-renders only when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreContext.Provider>');
  return useStore(store, selector);
}

/** The store itself, for effects that subscribe or act outside rendering. */
export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreContext.Provider>');
  return store;
}
