import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { NO_SECTOR } from '../../src/graph/filters';
import { createAppStore, StoreContext } from '../../src/store/store';
import RelationFilter from '../../src/ui/RelationFilter';
import SectorFilter from '../../src/ui/SectorFilter';

afterEach(() => cleanup());

/** A Kumu-style pair where every element has a sector, and one relation no edge uses. */
function kumu() {
  const r = importFiles([
    {
      name: 'elements.csv',
      text: [
        'Label,Type,Tags',
        'ZIADA,Organization,Industry',
        'JICA,Organization,Cooperation',
      ].join('\n'),
    },
    { name: 'connections.csv', text: ['From,To,Type', 'ZIADA,JICA,met'].join('\n') },
  ]);
  if (!r.ok) throw new Error('must load');
  return r.graph;
}

describe('the filter lists offer only what the graph has', () => {
  it('lists no “No sector” where every node has a sector, until one is hidden', () => {
    const store = createAppStore({
      graph: kumu(),
      origin: { kind: 'file', name: 'k' },
      lang: 'en',
    });
    render(
      <StoreContext.Provider value={store}>
        <SectorFilter />
        <RelationFilter />
      </StoreContext.Provider>,
    );
    const sectors = screen.getByRole('group', { name: 'Sectors' });
    expect(
      within(sectors)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['Industry1', 'Cooperation1']);
    expect(within(sectors).queryByRole('checkbox', { name: /No sector/ })).toBeNull();
    const relations = screen.getByRole('group', { name: 'Relations' });
    expect(within(relations).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('keeps a hidden sector on the list, so it can be shown again', () => {
    const graph = kumu();
    const store = createAppStore({ graph, origin: { kind: 'file', name: 'k' }, lang: 'en' });
    store.getState().toggleSector(NO_SECTOR);
    render(
      <StoreContext.Provider value={store}>
        <SectorFilter />
      </StoreContext.Provider>,
    );
    const sectors = screen.getByRole('group', { name: 'Sectors' });
    expect(within(sectors).getAllByRole('checkbox')).toHaveLength(3);
    const none = within(sectors).getByRole('checkbox', { name: /No sector/ });
    expect(none instanceof HTMLInputElement && none.checked).toBe(false);
  });
});
