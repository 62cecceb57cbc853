import { loadShipped } from '../support/shipped';
import { createAppStore, type AppStore } from '../../src/store/store';
import type { AppState } from '../../src/store/types';

/** A store holding the shipped data, as the app opens. */
export function freshStore(): AppStore {
  const shipped = loadShipped();
  if (!shipped.ok) throw new Error('shipped data must load');
  return createAppStore({
    graph: shipped.graph,
    origin: { kind: 'bundled', name: 's' },
    lang: 'en',
  });
}

/** Resolves once the store's state passes the test: a real signal, not a fixed wait. */
export const until = (store: AppStore, test: (s: AppState) => boolean) =>
  new Promise<void>((resolve) => {
    if (test(store.getState())) return resolve();
    const stop = store.subscribe((s) => {
      if (!test(s)) return;
      stop();
      resolve();
    });
  });
