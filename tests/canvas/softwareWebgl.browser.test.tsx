import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isSoftwareRenderer } from '../../src/canvas/cytoscapeOptions';
import { canvasAtRest, openGenerated, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

describe('fast drawing on a software WebGL', () => {
  it('is not offered where WebGL 2 is a software renderer, as on this machine', async () => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl && info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '');
    // Headless Chromium with --disable-gpu draws WebGL with SwiftShader.
    expect(isSoftwareRenderer(renderer)).toBe(true);
    const { store } = renderApp();
    await canvasAtRest();
    await openGenerated(store, { nodes: 2000, edges: 4000 });
    expect(store.getState().gpuDrawing).toBe(false);
    expect(
      screen.queryByRole('checkbox', { name: 'Fast drawing (WebGL, experimental)' }),
    ).toBeNull();
    expect(isSoftwareRenderer('ANGLE (Intel, Mesa Intel(R) UHD Graphics 620)')).toBe(false);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
  }, 60_000);
});
