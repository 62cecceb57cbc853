import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { canvasAtRest, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

/** True when every shown element is drawn inside the canvas, the picture in its middle. */
function allInView(): boolean {
  const cy = window.cy!;
  const box = cy.elements().not('.hidden').renderedBoundingBox();
  const inside = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
  const middle = Math.abs((box.y1 + box.y2) / 2 - cy.height() / 2) < 4;
  return inside && middle;
}

describe('a canvas that changes size', () => {
  it('fits the graph again when notices push it down, instead of cutting it off', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    expect(allInView()).toBe(true);
    const before = cy.height();
    store.getState().addNotices([
      { key: 'notice.unknownSelection', params: { id: 'a-long-missing-node-id' } },
      { key: 'notice.badValue', params: { param: 'depth', value: 'zz' } },
      { key: 'notice.unknownSelection', params: { id: 'another-missing-one' } },
    ]);
    await expect.poll(() => cy.height()).toBeLessThan(before - 20);
    await expect.poll(allInView).toBe(true);
  });
});

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(n);
  });

describe('a canvas hidden a moment and shown again', () => {
  it('takes its box’s size again at once, even where Cytoscape measured it hidden', async () => {
    renderApp();
    const cy = await canvasAtRest();
    const box = cy.container()!;
    const height = box.clientHeight;
    // Hidden (as a Suspense boundary hides what it holds), and measured meanwhile: Cytoscape
    // keeps the size it read until told the box has changed.
    box.style.display = 'none';
    await frames(2);
    cy.resize();
    expect(cy.height()).toBe(0);
    box.style.display = '';
    // Two frames: the page's own observer, not Cytoscape's, which waits 100 ms.
    await frames(2);
    expect(cy.height()).toBe(height);
  });
});

describe('a canvas measured between two changes of one frame', () => {
  it('takes its box’s final size on the next frame', async () => {
    renderApp();
    const cy = await canvasAtRest();
    const box = cy.container()!;
    const height = box.clientHeight;
    // Something above the canvas for a moment (a line of text replaced by another, say), and
    // Cytoscape measuring meanwhile: no observer hears of it, the box ends as it began.
    const stage = document.querySelector('.stage')!;
    const line = stage.insertBefore(document.createElement('div'), stage.firstChild);
    line.style.height = '40px';
    cy.resize();
    expect(cy.height()).toBe(height - 40);
    line.remove();
    await frames(2);
    expect(cy.height()).toBe(height);
  });
});
