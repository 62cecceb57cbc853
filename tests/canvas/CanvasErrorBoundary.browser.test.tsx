import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import CanvasErrorBoundary from '../../src/canvas/CanvasErrorBoundary';
import { importFiles } from '../../src/formats/importGraph';
import { renderApp } from '../support/renderApp';
import minimal from '../fixtures/minimal.graph.json?raw';

afterEach(() => cleanup());

let broken = true;
function Fragile() {
  if (broken) throw new Error('renderer fault');
  return <p>graph drawn</p>;
}

describe('hardening in the page', () => {
  it('shows a message instead of a blank page when the canvas fails, and can retry', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <CanvasErrorBoundary message="The graph could not be drawn." retryLabel="Try again">
        <Fragile />
      </CanvasErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The graph could not be drawn.');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('graph drawn')).toBeTruthy();
    quiet.mockRestore();
  });

  it('opens a loaded file’s external links without opener or referrer', async () => {
    const { store } = renderApp();
    const result = importFiles([{ name: 'minimal.graph.json', text: minimal }]);
    if (!result.ok) throw new Error('fixture must load');
    store
      .getState()
      .loadGraph(result.graph, { kind: 'file', name: 'minimal.graph.json' }, result.format);
    store.getState().selectNode('a');
    const details = await screen.findByRole('complementary', { name: 'Details' });
    const link = await within(details).findByRole('link', { name: /example\.org\/a/ });
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
