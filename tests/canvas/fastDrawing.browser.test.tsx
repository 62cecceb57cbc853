import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canvasAtRest, openGenerated, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

// This machine's WebGL is SwiftShader, which the app rightly does not offer; the test names a
// graphics processor instead, through the query the app asks, before anything asks it.
const proto = WebGL2RenderingContext.prototype;
const realParameter = Object.getOwnPropertyDescriptor(proto, 'getParameter')!;
Object.defineProperty(proto, 'getParameter', {
  ...realParameter,
  value(this: WebGL2RenderingContext, p: number): unknown {
    return p === 0x9246 /* UNMASKED_RENDERER_WEBGL */
      ? 'ANGLE (NVIDIA GeForce RTX 3060)'
      : (realParameter.value as (p: number) => unknown).call(this, p);
  },
});

/**
 * Whether the live canvas draws with WebGL: Cytoscape's renderer says so (it is not in the
 * published typings). Its canvas layers cannot tell: every renderer makes a WebGL layer.
 */
const drawsWithWebgl = () =>
  (window.cy as unknown as { renderer: () => { webgl?: boolean } } | undefined)?.renderer()
    .webgl === true;

describe('fast drawing', () => {
  it('is offered for big graphs only, and draws with WebGL where chosen', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const name = 'Fast drawing (WebGL, experimental)';
    expect(screen.queryByRole('checkbox', { name })).toBeNull();
    expect(drawsWithWebgl()).toBe(false);

    const canvas = await openGenerated(store, { nodes: 2000, edges: 4000 });
    const before = canvas.$id('n7').position();

    await userEvent.click(screen.getByRole('checkbox', { name }));
    await expect.poll(() => window.cy !== canvas && drawsWithWebgl()).toBe(true);
    const fast = await canvasAtRest();
    expect(canvas.destroyed()).toBe(true);
    expect(fast.nodes().length).toBe(2000);
    expect(fast.edges().length).toBe(canvas.edges().length);
    expect(fast.edges().length).toBeGreaterThan(3800);
    // A new instance, the same picture.
    expect(fast.$id('n7').position()).toEqual(before);
    store.getState().setLanguage('hi');
    await expect.poll(() => String(fast.$id('n7').style('label'))).toBe('हितधारक ७');

    await userEvent.click(screen.getByRole('checkbox', { name: 'तेज़ चित्रण (WebGL, प्रायोगिक)' }));
    await expect.poll(() => drawsWithWebgl()).toBe(false);
    expect(window.cy?.nodes().length).toBe(2000);
  }, 60_000);
});
