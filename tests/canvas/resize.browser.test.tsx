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
