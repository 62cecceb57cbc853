import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/app/app.css';
import { loadShipped } from '../../support/shipped';
import { createAppStore, StoreContext } from '../../../src/store/store';
import EditBar from '../../../src/ui/edit/EditBar';

afterEach(() => cleanup());

function renderBar() {
  const loaded = loadShipped();
  if (!loaded.ok) throw new Error('shipped data must load');
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'bundled', name: 'test' },
    lang: 'en',
  });
  store.getState().setEditing(true);
  render(
    <StoreContext.Provider value={store}>
      <EditBar />
    </StoreContext.Provider>,
  );
  return within(screen.getByRole('toolbar', { name: 'Editing' }));
}

describe('the editing tools', () => {
  it('are one Tab stop, walked by the arrow keys past the tools that cannot be used now', async () => {
    const bar = renderBar();
    const newNode = bar.getByRole('button', { name: 'New node' });
    // Nothing is selected, so there is nothing to link from, and nothing yet to undo.
    expect(bar.getByRole('button', { name: 'Link to…' })).toBeDisabled();
    expect(newNode).toHaveAttribute('tabindex', '0');
    expect(bar.getByRole('button', { name: 'Draw links' })).toHaveAttribute('tabindex', '-1');
    newNode.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(bar.getByRole('button', { name: 'Draw links' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(newNode).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(bar.getByRole('button', { name: 'History' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(newNode).toHaveFocus();
  });
});
