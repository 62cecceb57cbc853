import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/app/app.css';
import SearchBox from '../../src/ui/SearchBox';
import { SLICED_FROM } from '../../src/ui/useNodeHits';
import { renderWithGenerated } from '../support/renderWithGraph';

afterEach(() => cleanup());

function searchOf(nodes: number) {
  const store = renderWithGenerated(nodes, <SearchBox />);
  return {
    store,
    input: screen.getByRole('combobox', { name: 'Search people, organisations and topics' }),
  };
}

const options = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('the search box of a 20,000-node graph', () => {
  it('lists the matches once its search between frames is done, and says so', async () => {
    expect(20_000).toBeGreaterThan(SLICED_FROM);
    const { input } = searchOf(20_000);
    const list = screen.getByRole('listbox', { hidden: true });
    await userEvent.type(input, 'Stakeholder 1999');
    await expect.poll(() => list.getAttribute('aria-busy')).toBeNull();
    expect(options()).toEqual([
      'Stakeholder 1999',
      'Stakeholder 19990',
      'Stakeholder 19991',
      'Stakeholder 19992',
      'Stakeholder 19993',
      'Stakeholder 19994',
      'Stakeholder 19995',
      'Stakeholder 19996',
      'Stakeholder 19997',
      'Stakeholder 19998',
      'Stakeholder 19999',
      // Alike by sound (the consonants of its name), so last.
      'Stakeholder 0',
    ]);
    expect(screen.getByRole('status').textContent).toBe('12 results');
    await userEvent.clear(input);
    await userEvent.type(input, 'zzz');
    await expect.poll(() => screen.getByRole('status').textContent).toMatch(/zzz/);
    expect(options()).toEqual([]);
  }, 60_000);

  it('chooses the best match for all that was typed when Enter comes before the list', async () => {
    const { store, input } = searchOf(20_000);
    input.focus();
    // Typed and chosen in one task: the list is still the one for the text before.
    await userEvent.keyboard('Stakeholder 12345{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'n12345' });
  }, 60_000);
});
