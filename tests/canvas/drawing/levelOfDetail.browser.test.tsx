import { cleanup, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
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

/**
 * Counts what Cytoscape's canvas renderer really draws: its shared drawing method wrapped
 * before the app's canvas is made, so it is below the app's thinning of edges.
 */
function countDrawn() {
  const box = document.createElement('div');
  document.body.append(box);
  const probe = cytoscape({ container: box });
  const renderer: unknown = Reflect.apply(
    Reflect.get(probe, 'renderer') as () => unknown,
    probe,
    [],
  );
  const proto = Object.getPrototypeOf(renderer) as {
    drawCachedElement: (context: unknown, ele: { isEdge(): boolean; id(): string }) => void;
  };
  probe.destroy();
  box.remove();
  const original = proto.drawCachedElement;
  const drawn = { edges: new Set<string>(), nodes: new Set<string>() };
  proto.drawCachedElement = function (this: unknown, ...args) {
    const ele = args[1];
    (ele.isEdge() ? drawn.edges : drawn.nodes).add(ele.id());
    return original.apply(this, args);
  };
  onTestFinished(() => {
    proto.drawCachedElement = original;
  });
  return {
    drawn,
    reset() {
      drawn.edges.clear();
      drawn.nodes.clear();
    },
  };
}

/** Sets the zoom about the canvas's middle and waits for the frames it draws. */
async function zoomTo(cy: Core, level: number) {
  cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  await canvasAtRest();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

describe('a big graph seen from far out', () => {
  it('draws part of its edges, every node, and more edges with each step in', async () => {
    const counter = countDrawn();
    const { store } = renderApp();
    await canvasAtRest();
    const cy = await openGenerated(store, { nodes: 2000, edges: 8000 });
    const edges = cy.edges().length;
    cy.fit(undefined, 20);
    // The order of edges is made when the page is idle: until then all are drawn.
    await expect.poll(() => window.cyThinning?.share() ?? 1, { timeout: 10_000 }).toBeLessThan(1);
    const far = window.cyThinning!.share();
    counter.reset();
    // A zoom level of its own: Cytoscape draws its cached layers afresh.
    await zoomTo(cy, cy.zoom() / 2);
    const farther = window.cyThinning!.share();
    expect(farther).toBe(far / 4);
    await expect.poll(() => counter.drawn.nodes.size).toBe(2000);
    expect(counter.drawn.edges.size).toBeGreaterThan(0);
    expect(counter.drawn.edges.size).toBeLessThanOrEqual(Math.ceil(farther * edges));

    // Close in: every edge in view is drawn.
    counter.reset();
    const n0 = cy.$id('n0');
    cy.zoom(4);
    cy.center(n0);
    await canvasAtRest();
    expect(window.cyThinning!.share()).toBe(1);
    await expect
      .poll(() => n0.connectedEdges().filter((e) => !counter.drawn.edges.has(e.id())).length)
      .toBe(0);

    // Far out again, the selection's edges are drawn on the layer above whether or not the
    // canvas below keeps them.
    cy.fit(undefined, 20);
    await canvasAtRest();
    store.getState().selectNode('n0');
    const layer = window.cyLayer!;
    await expect.poll(() => layer.$id('n0').hasClass('selected')).toBe(true);
    expect(n0.connectedEdges().filter((e) => layer.$id(e.id()).empty()).length).toBe(0);
    expect(screen.getByTestId('graph-canvas').getAttribute('data-layout')).toBe('idle');
  }, 90_000);
});
