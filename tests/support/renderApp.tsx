import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { expect } from 'vitest';
import App from '../../src/app/App';
import '../../src/app/app.css';
import { loadBundledGraph } from '../../src/io/bundledData';
import type { Lang } from '../../src/i18n/strings';
import { createAppStore, StoreContext, type AppStore } from '../../src/store/store';

/** Mounts the whole app in StrictMode on the shipped data with a fresh store. */
export function renderApp(lang: Lang = 'en'): { store: AppStore } {
  const loaded = loadBundledGraph();
  if (!loaded.ok) throw new Error('shipped data must load');
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'bundled', name: 'test' },
    lang,
  });
  render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  return { store };
}

/** Waits until the canvas exists and its layout has come to rest. */
export async function canvasAtRest(): Promise<Core> {
  await expect.poll(() => window.cy?.nodes().length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  const cy = window.cy!;
  let last = '';
  await expect
    .poll(
      () => {
        const now = JSON.stringify(cy.nodes().map((n) => n.renderedPosition()));
        const still = now === last;
        last = now;
        return still;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
  return cy;
}
