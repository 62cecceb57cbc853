import { cleanup, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { canvasAtRest, renderApp } from '../../support/renderApp';

afterEach(() => cleanup());

describe('the keyboard walk and the edit gestures, fetched after the first picture', () => {
  it('are said to be coming with the picture, and answer keys once they have come', async () => {
    // What the canvas said as it was first put on the page.
    let first: { hands: string | null; said: boolean } | null = null;
    const watch = new MutationObserver(() => {
      const canvas = document.querySelector('[data-testid="graph-canvas"]');
      if (canvas && !first)
        first = {
          hands: canvas.getAttribute('data-hands'),
          said: document.querySelector('[data-testid="walk-said"]') !== null,
        };
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const { store } = renderApp();
    await canvasAtRest();
    watch.disconnect();
    // Their code waits for the first picture: the canvas is drawn without them.
    expect(first).toEqual({ hands: 'coming', said: false });
    const canvas = screen.getByTestId('graph-canvas');
    expect(canvas.getAttribute('data-hands')).toBe('ready');
    canvas.focus();
    await userEvent.keyboard('{ArrowDown}');
    // The walk starts at the most connected node, and says so.
    const selected = store.getState().selection;
    expect(selected?.kind).toBe('node');
    expect(screen.getByTestId('walk-said').textContent).toMatch(/^Start: /);
  });

  it('turn edit mode’s gestures on and off with it: a box is drawn with Shift only in edit mode', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    expect(cy.boxSelectionEnabled()).toBe(false);
    store.getState().setEditing(true);
    await expect.poll(() => cy.boxSelectionEnabled()).toBe(true);
    store.getState().setEditing(false);
    await expect.poll(() => cy.boxSelectionEnabled()).toBe(false);
  });
});
