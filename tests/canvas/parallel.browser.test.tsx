import { cleanup, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { canvasAtRest, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

function load(text: string) {
  const r = importFiles([{ name: 'e.csv', text }]);
  if (!r.ok) throw new Error('must load');
  const { store } = renderApp();
  return { store, graph: r.graph };
}

describe('parallel edges and self-loops', () => {
  it('are drawn as one bundle per pair, as wide as it is many, saying how many it holds', async () => {
    const { store, graph } = load('source,target\na,b\na,b\nb,a\na,b\nb,c\nc,c\nc,c\n');
    await canvasAtRest();
    store.getState().loadGraph(graph, { kind: 'file', name: 'e.csv' }, 'csv');
    await expect.poll(() => window.cy?.nodes().length).toBe(3);
    const cy = await canvasAtRest();
    // Where the arrowheads point: an edge may be drawn from either end.
    const drawn = cy.edges().map((e) => ({
      label: String(e.data('en')),
      curve: String(e.style('curve-style')),
      pointsAt: [
        ...(e.style('source-arrow-shape') === 'triangle' ? [e.source().id()] : []),
        ...(e.style('target-arrow-shape') === 'triangle' ? [e.target().id()] : []),
      ].sort(),
      width: parseFloat(String(e.style('width'))),
    }));
    expect(drawn.map(({ label, curve, pointsAt }) => ({ label, curve, pointsAt }))).toEqual([
      { label: 'related to', curve: 'straight', pointsAt: ['c'] },
      // a→b three times and b→a once: arrowheads at both ends.
      { label: 'related to (×4)', curve: 'straight', pointsAt: ['a', 'b'] },
      // A loop can only be drawn as a curve.
      { label: 'related to (×2)', curve: 'bezier', pointsAt: ['c'] },
    ]);
    expect(drawn[1]?.width).toBeGreaterThan(Number(drawn[0]?.width));
  });

  it('a tap on a bundle opens its first relation, and the details step through the rest', async () => {
    const { store, graph } = load('source,target,label\na,b,met\na,b,signed\nb,a,visited\n');
    await canvasAtRest();
    store.getState().loadGraph(graph, { kind: 'file', name: 'e.csv' }, 'csv');
    await expect.poll(() => window.cy?.nodes().length).toBe(2);
    const cy = await canvasAtRest();
    expect(cy.edges().map((e) => String(e.data('en')))).toEqual(['3 relations']);
    cy.edges().emit('tap');
    const pager = await screen.findByRole('navigation', { name: 'Relations between the same two' });
    expect(pager.textContent).toContain('Relation 1 of 3 between these two');
    expect(screen.getByRole('heading', { level: 3, name: 'met' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next relation' }));
    expect(pager.textContent).toContain('Relation 2 of 3 between these two');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: graph.edges[1]?.id });
    // The bundle stays marked as the selection on the canvas.
    expect(window.cyLayer!.edges().map((e) => [e.id(), e.hasClass('selected')])).toEqual([
      [cy.edges()[0]?.id(), true],
    ]);
  });

  it('99,999 self-loops on one node load, lay out and select without a quadratic stall', async () => {
    const rows = Array.from({ length: 99_998 }, () => 'a,a').join('\n');
    const { store, graph } = load(`source,target\n${rows}\nb,a\n`);
    await canvasAtRest();
    store.getState().loadGraph(graph, { kind: 'file', name: 'e.csv' }, 'csv');
    await expect.poll(() => window.cy?.nodes().length).toBe(2);
    const cy = await canvasAtRest();
    expect(cy.edges().length).toBe(2);
    store.getState().selectNode('a');
    await screen.findByRole('heading', { level: 3, name: 'a' });
    expect(window.cyLayer!.$id('a').hasClass('selected')).toBe(true);
  });
});
