import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { canvasAtRest, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

describe('parallel edges', () => {
  it('are drawn as one straight bundle, as wide as it is many', async () => {
    const text = 'source,target\na,b\na,b\nb,a\na,b\nb,c\nc,c\n';
    const r = importFiles([{ name: 'e.csv', text }]);
    if (!r.ok) throw new Error('must load');
    const { store } = renderApp();
    await canvasAtRest();
    store.getState().loadGraph(r.graph, { kind: 'file', name: 'e.csv' }, 'csv');
    await expect.poll(() => window.cy?.edges().length).toBe(6);
    const cy = await canvasAtRest();
    const look = cy
      .edges()
      .map((e) => [
        e.hasClass('parallel'),
        String(e.style('curve-style')),
        parseFloat(String(e.style('width'))),
      ]);
    expect(look.map(([parallel, curve]) => [parallel, curve])).toEqual([
      [true, 'straight'],
      [true, 'straight'],
      [true, 'straight'],
      [true, 'straight'],
      [false, 'straight'],
      // A loop can only be drawn as a curve.
      [false, 'bezier'],
    ]);
    expect(Number(look[0]?.[2])).toBeGreaterThan(Number(look[4]?.[2]));
    // The bundle says how many it holds.
    expect(cy.edges().map((e) => String(e.data('en')))).toEqual([
      'related to (×4)',
      'related to (×4)',
      'related to (×4)',
      'related to (×4)',
      'related to',
      'related to',
    ]);
  });
});
