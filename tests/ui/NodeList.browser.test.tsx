import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/app/app.css';
import NodeList from '../../src/ui/NodeList';
import { renderWithGenerated } from '../support/renderWithGraph';

afterEach(() => cleanup());

function listOf(nodes: number) {
  const store = renderWithGenerated(nodes, <NodeList />);
  return { store, list: screen.getByRole('region', { name: /Visible nodes/ }) };
}

describe('the node list of a 20,000-node graph', () => {
  it('holds only the rows in view, and the keys reach every node', async () => {
    const { store, list } = listOf(20_000);
    expect(within(list).getByRole('heading', { level: 2 }).textContent).toMatch(/20,000/);
    const rows = () => within(list).getAllByRole('listitem');
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(60);
    const first = within(list).getAllByRole('button')[0]!;
    expect(first.textContent).toMatch(/^Stakeholder 0\b/);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('20000');

    // One Tab stop; arrows move the focus, End goes to the last node of all.
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toMatch(/^Stakeholder 1\b/);
    await userEvent.keyboard('{End}');
    await expect
      .poll(() => document.activeElement?.textContent ?? '')
      .toMatch(/^Stakeholder 9999\b/);
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('20000');
    expect(rows().length).toBeLessThan(60);
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'n9999' });
    await userEvent.keyboard('{Home}');
    await expect.poll(() => document.activeElement?.textContent ?? '').toMatch(/^Stakeholder 0\b/);
  }, 60_000);
});
