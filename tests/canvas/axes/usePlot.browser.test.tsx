import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectPlan } from '../../../src/store/planDerived';
import { canvasAtRest, renderApp } from '../../support/renderApp';

afterEach(() => cleanup());

describe('a plot, whose code is fetched when it is first chosen', () => {
  it('keeps the canvas busy until its plan has placed every node, then says it is idle', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
    // What the canvas showed each time it first said "idle" after the choice.
    const atIdle: { state: string; placed: number; of: number }[] = [];
    const watch = new MutationObserver(() => {
      if (canvas.getAttribute('data-layout') !== 'idle') return;
      const plan = selectPlan(store.getState());
      const positions = plan ? [...plan.positions] : [];
      const placed = positions.filter(([id, p]) => {
        const at = cy.getElementById(id).position();
        return Math.abs(at.x - p.x) < 0.5 && Math.abs(at.y - p.y) < 0.5;
      }).length;
      atIdle.push({ state: 'idle', placed, of: positions.length });
    });
    watch.observe(canvas, { attributes: true, attributeFilter: ['data-layout'] });
    store.getState().setLayout('powerinterest');
    await canvasAtRest();
    watch.disconnect();
    expect(document.querySelector('[data-testid="plot-axes"]')).not.toBeNull();
    expect(atIdle.length).toBeGreaterThan(0);
    // Never idle with the nodes elsewhere: the first "idle" already has them on the grid.
    const first = atIdle[0]!;
    expect(first.of).toBe(cy.nodes().length);
    expect(first.placed).toBe(first.of);
  });
});
