import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { userEvent as page } from 'vitest/browser';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { loadGraphValue } from '../../src/graph/load';
import { generateGraph } from '../bench/generate';
import { canvasAtRest, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

function generated(nodes: number, edges: number) {
  const loaded = loadGraphValue(generateGraph({ nodes, edges, positions: false }));
  if (!loaded.ok) throw new Error('generated graph must load');
  return loaded.graph;
}

const where = () => new Map(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }]));

describe('a 2,000-node graph', () => {
  it('keeps every node where it is through filters, focus and language', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const graph = generated(2000, 6000);
    store.getState().loadGraph(graph, { kind: 'file', name: 'big.json' }, 'stakeholder-graph');
    await expect.poll(() => window.cy?.nodes().length, { timeout: 20_000 }).toBe(2000);
    // ForceAtlas2 lays 2,000 nodes out in the worker: seconds, more beside other browser tests.
    const cy = await canvasAtRest(30_000);
    const before = where();
    // The laid-out positions are the graph's now: kept, stored and exported with it.
    expect(store.getState().positions).toEqual(before);

    const user = userEvent.setup();
    const sectors = screen.getByRole('group', { name: 'Sectors' });
    await user.click(within(sectors).getByRole('checkbox', { name: /^IT/ }));
    const it = graph.nodesBySector.get('it')!.length;
    await expect.poll(() => cy.nodes('.hidden').length).toBe(it);
    expect(screen.getByTestId('graph-canvas').getAttribute('data-layout')).toBe('idle');
    expect(where()).toEqual(before);

    await user.click(within(sectors).getByRole('checkbox', { name: /^IT/ }));
    await expect.poll(() => cy.nodes('.hidden').length).toBe(0);
    store.getState().setLanguage('hi');
    store.getState().selectNode('n5');
    store.getState().setFocusOnly(true);
    await expect.poll(() => cy.nodes('.hidden').length).toBeGreaterThan(1000);
    store.getState().setFocusOnly(false);
    await expect.poll(() => cy.nodes('.hidden').length).toBe(0);
    await canvasAtRest();
    expect(where()).toEqual(before);
  }, 60_000);
});

describe('a layout in the worker', () => {
  it('leaves the page usable while it runs, and stops when asked', async () => {
    // The worker's answer is held back, so the layout is still running whatever the machine's
    // speed: the test decides when it ends (by Stop), not a race with the clock.
    let hold = false;
    const handler = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage')!;
    Object.defineProperty(Worker.prototype, 'onmessage', {
      configurable: true,
      get(this: Worker) {
        return handler.get!.call(this) as unknown;
      },
      set(this: Worker, listener: ((e: MessageEvent) => void) | null) {
        handler.set!.call(
          this,
          listener &&
            ((e: MessageEvent<{ type?: string }>) => {
              if (!hold || e.data.type !== 'done') listener.call(this, e);
            }),
        );
      },
    });
    onTestFinished(() => {
      Object.defineProperty(Worker.prototype, 'onmessage', handler);
    });
    const { store } = renderApp();
    await canvasAtRest();
    hold = true;
    store
      .getState()
      .loadGraph(generated(8000, 16000), { kind: 'file', name: 'big.json' }, 'stakeholder-graph');
    await screen.findByRole('progressbar', { name: /Laying out the graph/ }, { timeout: 30_000 });
    const provisional = where();
    // Searching and choosing a node while the worker computes shows its details at once.
    const user = userEvent.setup();
    // One input event, not sixteen keystrokes: the worker must still be busy afterwards.
    await page.fill(screen.getByRole('combobox', { name: /Search/ }), 'Stakeholder 4321');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Stakeholder 4321' })).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: /Laying out the graph/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Stop layout' }));
    const cy = await canvasAtRest();
    expect(screen.queryByRole('progressbar', { name: /Laying out the graph/ })).toBeNull();
    // Nothing was placed: the nodes stay where they were, and no positions are kept.
    expect(where()).toEqual(provisional);
    expect(store.getState().positions.size).toBe(0);
    expect(cy.nodes().length).toBe(8000);
  }, 90_000);
});
