import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/app/app.css';
import { compactOf } from '../../../src/graph/analysis/compact';
import { degreeMetrics } from '../../../src/graph/analysis/metrics';
import { loadGraphValue } from '../../../src/graph/load';
import { createAppStore, StoreContext } from '../../../src/store/store';
import DataTable from '../../../src/ui/table/DataTable';
import { generateGraph } from '../../bench/generate';

afterEach(() => cleanup());

function tableOf(nodes: number) {
  const loaded = loadGraphValue(generateGraph({ nodes, edges: nodes * 2, positions: false }));
  if (!loaded.ok) throw new Error('generated graph must load');
  const graph = loaded.graph;
  const store = createAppStore({ graph, origin: { kind: 'file', name: 'big.json' }, lang: 'en' });
  // The degrees, the first batch the metrics worker sends.
  const g = compactOf(graph);
  store.getState().receiveMetrics(graph, degreeMetrics(g), 0.01);
  store.getState().openTable('nodes');
  render(
    <div style={{ height: '600px', display: 'flex', flexDirection: 'column' }}>
      <StoreContext.Provider value={store}>
        <DataTable />
      </StoreContext.Provider>
    </div>,
  );
  return { store, table: screen.getByRole('table') };
}

describe('the table of a 20,000-node graph', () => {
  it('draws only the rows in view, sorts, filters, and selects', async () => {
    const { store, table } = tableOf(20_000);
    expect(screen.getByText('20,000 rows')).toBeTruthy();
    const rows = () => within(table).getAllByRole('row');
    expect(rows().length).toBeLessThan(60);
    expect(table.getAttribute('aria-rowcount')).toBe('20001');

    await userEvent.click(within(table).getByRole('button', { name: 'Sort by Links (degree)' }));
    const header = within(table).getByRole('columnheader', { name: /Links \(degree\)/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const top = within(table).getAllByRole('rowheader')[0]!;
    const topId = store.getState().graph.nodes.find((n) => n.label.en === top.textContent)?.id;
    const degrees = store.getState().metrics?.values.degree ?? new Float64Array();
    expect(degrees[store.getState().graph.nodes.findIndex((n) => n.id === topId)]).toBe(
      Math.max(...degrees),
    );

    await userEvent.click(within(top).getByRole('button'));
    expect(store.getState().selection).toEqual({ kind: 'node', id: topId });
    expect(within(table).getByRole('row', { selected: true }).textContent).toContain(
      top.textContent,
    );

    // A selection made elsewhere scrolls its row into view.
    store.getState().selectNode('n19999');
    await expect
      .poll(() => within(table).queryByRole('row', { selected: true })?.textContent ?? '')
      .toMatch(/Stakeholder 19999/);
    expect(rows().length).toBeLessThan(60);

    await userEvent.type(screen.getByLabelText('Filter rows'), 'Stakeholder 1999');
    await expect.poll(() => screen.queryByText(/^\d+ rows$/)?.textContent).toBe('11 rows');
  }, 60_000);
});
