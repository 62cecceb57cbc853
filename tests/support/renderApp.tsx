import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { expect } from 'vitest';
import App from '../../src/app/App';
import { loadGraphValue } from '../../src/graph/load';
import '../../src/app/app.css';
import { loadShipped } from './shipped';
import type { Lang } from '../../src/i18n/strings';
import { createAppStore, StoreContext, type AppStore } from '../../src/store/store';
import { generateGraph } from '../bench/generate';

/** Mounts the whole app in StrictMode on the shipped data with a fresh store. */
export function renderApp(lang: Lang = 'en'): { store: AppStore } {
  const loaded = loadShipped();
  if (!loaded.ok) throw new Error('shipped data must load');
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'bundled', name: 'test' },
    lang,
  });
  // In a #root as the page's, the window's height: the canvas does not grow with the panels.
  const root = document.body.appendChild(document.createElement('div'));
  root.id = 'root';
  render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
    { container: root },
  );
  return { store };
}

/**
 * Waits until the canvas has its nodes and says its layout is idle (`data-layout`, set from
 * Cytoscape's layoutstart and layoutstop), with no camera animation under way. `timeout`: how
 * long a layout may take here (a big graph's, on a machine running other tests, takes longer).
 */
export async function canvasAtRest(timeout = 10_000): Promise<Core> {
  const idle = () =>
    document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-layout') === 'idle';
  // The filters, the node list and the side panel's content render once the canvas has drawn:
  // at rest means they are there too.
  const listed = () =>
    !document.querySelector('.app') ||
    (!!document.querySelector('.node-list') &&
      !!document.querySelector('.filters') &&
      !!document.querySelector('#side-panel > *'));
  // The canvas has taken the size its box has now (a notice pushing it down resizes it).
  const sized = () => {
    const cy = window.cy;
    const box = cy?.container();
    return !!box && box.clientWidth === cy!.width() && box.clientHeight === cy!.height();
  };
  // What is not yet at rest, so a timeout says what it waited for.
  const waiting = () =>
    Object.entries({
      idle: idle(),
      listed: listed(),
      sized: sized(),
      // The keyboard walk and the edit gestures, fetched after the first picture.
      hands:
        document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-hands') ===
        'ready',
      nodes: (window.cy?.nodes().length ?? 0) > 0,
      still: !window.cy?.animated(),
    })
      .filter(([, ok]) => !ok)
      .map(([name]) =>
        name === 'sized'
          ? `sized: box ${window.cy?.container()?.clientWidth}×${window.cy?.container()?.clientHeight}, canvas ${window.cy?.width()}×${window.cy?.height()}`
          : name,
      );
  await expect.poll(waiting, { timeout }).toEqual([]);
  return window.cy!;
}

/**
 * Opens a generated graph drawn in its file (the bench's), as a user's file is opened, and
 * waits until every node is on the canvas and the canvas is at rest.
 */
export async function openGenerated(
  store: AppStore,
  size: { nodes: number; edges: number },
): Promise<Core> {
  const loaded = loadGraphValue(generateGraph({ ...size, positions: true }));
  if (!loaded.ok) throw new Error('generated graph must load');
  store.getState().loadGraph(loaded.graph, { kind: 'file', name: 'big.json' }, 'stakeholder-graph');
  await expect.poll(() => window.cy?.nodes().length, { timeout: 20_000 }).toBe(size.nodes);
  return canvasAtRest(30_000);
}
