import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { loadGraphValue } from '../../src/graph/load';
import { createAppStore, StoreContext, type AppStore } from '../../src/store/store';
import { generateGraph } from '../bench/generate';

/**
 * Renders a piece of the interface over a store holding a generated graph of `nodes` nodes
 * (the bench's, as many edges as nodes, not drawn), in English. Out: the store.
 */
export function renderWithGenerated(nodes: number, ui: ReactNode): AppStore {
  const loaded = loadGraphValue(generateGraph({ nodes, edges: nodes, positions: false }));
  if (!loaded.ok) throw new Error('generated graph must load');
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'file', name: 'big.json' },
    lang: 'en',
  });
  render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return store;
}
