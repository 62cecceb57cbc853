import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canvasAtRest, renderApp } from '../../support/renderApp';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

/** Real animation frames until `done` holds (timers may be fake meanwhile). */
const framesUntil = (done: () => boolean, limit = 600) =>
  new Promise<void>((resolve, reject) => {
    const step = (left: number) => {
      if (done()) resolve();
      else if (left === 0) reject(new Error('never came'));
      else requestAnimationFrame(() => step(left - 1));
    };
    step(limit);
  });

describe('a camera glide whose frames come far apart (a busy page)', () => {
  it('is not recorded as a frame moved by hand, so a caption growing meanwhile is fitted around', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    expect(store.getState().viewport).toBeNull();
    // The settle timer is faked so it can run out in the middle of a glide, as it does when
    // the page is too busy to draw a frame within it; animation frames stay real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const first = Math.round(cy.height() * 0.2);
    store.getState().setCoveredBelow(first);
    await framesUntil(() => cy.animated());
    // Two of its frames drawn: the camera has moved, and the settle timer is set.
    let drawn = 0;
    await framesUntil(() => ++drawn > 2);
    expect(cy.animated()).toBe(true);
    vi.advanceTimersByTime(1_000);
    expect(store.getState().viewport).toBeNull();

    // The caption grows while the glide is still on its way: the view is fitted around it.
    const second = Math.round(cy.height() * 0.4);
    store.getState().setCoveredBelow(second);
    vi.useRealTimers();
    // The camera is recorded as still once the glide that fits it (queued after the first) has
    // come to rest.
    const canvas = document.querySelector('[data-testid="graph-canvas"]')!;
    await expect.poll(() => canvas.getAttribute('data-camera')).toBe('still');
    const bottom = cy.elements().not('.hidden').renderedBoundingBox().y2;
    expect(bottom).toBeLessThanOrEqual(cy.height() - second + 1);
    expect(store.getState().viewport).toBeNull();
  });
});
