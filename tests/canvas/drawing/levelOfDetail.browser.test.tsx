import { cleanup, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { LARGE_GRAPH } from '../../../src/canvas/layouts';
import { canvasAtRest, openGenerated, renderApp } from '../../support/renderApp';
import { pointAtNode } from '../../support/pointer';

afterEach(() => cleanup());

describe('a graph drawn for speed (over 5,000 elements)', () => {
  it('draws haystack edges, arrowheads on the highlight layer, and every node stays tappable', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const cy = await openGenerated(store, { nodes: 2000, edges: 4000 });
    expect(cy.elements().length).toBeGreaterThan(LARGE_GRAPH);
    const styles = new Set(cy.edges().map((e) => String(e.style('curve-style'))));
    // Haystack lines, but for bundles of parallel edges, which are straight and as wide as many.
    expect(styles.has('haystack')).toBe(true);

    // Closer in, as a user looking for one node would be: at fit, 2,000 nodes touch.
    const canvas = screen.getByTestId('graph-canvas');
    const box = canvas.getBoundingClientRect();
    const middle = {
      x: (Math.min(box.right, window.innerWidth) - box.left) / 2,
      y: (Math.min(box.bottom, window.innerHeight) - box.top) / 2,
    };
    cy.zoom(1.5);
    // n0 in the middle of the open part of the canvas.
    const n0 = cy.$id('n0').position();
    cy.pan({ x: middle.x - n0.x * 1.5, y: middle.y - n0.y * 1.5 });
    await canvasAtRest();
    // Nodes in the open part of the canvas whose middle no other node's drawing covers.
    const boxes = cy.nodes().map((n) => ({
      id: n.id(),
      at: n.renderedPosition(),
      b: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
    }));
    const [right, bottom] = [
      Math.min(box.right, window.innerWidth) - box.left - 20,
      Math.min(box.bottom, window.innerHeight) - box.top - 20,
    ];
    const apart = boxes.filter(
      ({ id, at }) =>
        at.x > 20 &&
        at.y > 20 &&
        at.x < right &&
        at.y < bottom &&
        !boxes.some(
          (o) =>
            o.id !== id &&
            o.b.x1 - 4 < at.x &&
            at.x < o.b.x2 + 4 &&
            o.b.y1 - 4 < at.y &&
            at.y < o.b.y2 + 4,
        ),
    );
    expect(apart.length).toBeGreaterThan(5);
    for (const { id } of apart.slice(0, 5)) {
      const at = await pointAtNode(id);
      await userEvent.click(canvas, { position: at });
      await expect.poll(() => store.getState().selection?.id).toBe(id);
    }

    // The selection's edges on the layer are straight, with their arrowheads.
    const chosen = store.getState().selection!.id;
    const layer = window.cyLayer!;
    await expect.poll(() => layer.$id(chosen).hasClass('selected')).toBe(true);
    const edges = layer.edges().filter((e) => e.hasClass('arrow-to'));
    expect(edges.length).toBeGreaterThan(0);
    edges.forEach((e) => {
      expect(String(e.style('curve-style'))).toBe('straight');
      expect(String(e.style('target-arrow-shape'))).toBe('triangle');
    });
  }, 90_000);
});
