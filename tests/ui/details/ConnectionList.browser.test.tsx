import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { importFiles } from '../../../src/formats/importGraph';
import { canvasAtRest, renderApp } from '../../support/renderApp';

afterEach(() => cleanup());

/** A hub with 1,200 edges to 400 accounts, three parallel edges each, as an edge list. */
function hubGraph() {
  const rows = ['source,target,relation'];
  for (let i = 0; i < 400; i++) for (let k = 0; k < 3; k++) rows.push(`hub,a${i},mentions`);
  const r = importFiles([{ name: 'hub.csv', text: rows.join('\n') }]);
  if (!r.ok) throw new Error('must load');
  return r.graph;
}

describe('a hub’s details', () => {
  it('show one row per neighbour, a page at a time, with every edge counted', async () => {
    const { store } = renderApp();
    store.getState().loadGraph(hubGraph(), { kind: 'file', name: 'hub.csv' }, 'csv');
    // The details render once the canvas has drawn.
    await canvasAtRest();
    store.getState().selectNode('hub');
    const details = await screen.findByRole('complementary', { name: 'Details' });
    await expect
      .element(within(details).getByRole('heading', { level: 3 }))
      .toHaveTextContent('hub');
    const list = within(details).getByRole('region', { name: /^Connections/ });
    expect(within(list).getByRole('heading', { level: 4 }).textContent).toBe('Connections (1,200)');
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByText('×3')).toHaveLength(50);
    const pages = within(list).getByRole('navigation', { name: 'Pages of neighbours' });
    expect(within(pages).getByRole('status').textContent).toBe('Neighbours 1–50 of 400');
    expect(within(pages).getByRole('button', { name: 'Previous 50' })).toHaveProperty(
      'disabled',
      true,
    );
    // Paging replaces the rows, so the panel never holds more than a page.
    for (let i = 0; i < 7; i++)
      await userEvent.click(within(pages).getByRole('button', { name: 'Next 50' }));
    expect(within(pages).getByRole('status').textContent).toBe('Neighbours 351–400 of 400');
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getByRole('button', { name: 'a399' })).toBeTruthy();
    expect(within(pages).getByRole('button', { name: 'Next 1' })).toHaveProperty('disabled', true);
    await userEvent.click(within(pages).getByRole('button', { name: 'Previous 50' }));
    expect(within(pages).getByRole('status').textContent).toBe('Neighbours 301–350 of 400');
  }, 60_000);
});
