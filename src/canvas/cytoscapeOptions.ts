import type { CreateOptions } from './CytoscapeHost';
import { ZOOM_RANGE } from '../graph/view';

let webgl2: boolean | null = null;
/**
 * Whether this browser draws WebGL 2 on a graphics processor, asked once. A software renderer
 * (SwiftShader, llvmpipe, Microsoft's basic renderer) draws a big graph several times slower
 * than Cytoscape's canvas, so it counts as none; so does a context that cannot be made.
 */
export function hasWebgl2(): boolean {
  if (webgl2 !== null) return webgl2;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl
      ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER))
      : '';
    webgl2 = gl !== null && gl !== undefined && !isSoftwareRenderer(renderer);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webgl2 = false;
  }
  return webgl2;
}

/** Whether a WebGL renderer's name is one of the software ones. */
export const isSoftwareRenderer = (renderer: string) =>
  /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);

/**
 * How a canvas is created: big graphs are drawn for speed (edges hidden and a texture shown
 * while panning or zooming, one pixel per CSS pixel), and "fast drawing" uses Cytoscape's
 * WebGL renderer where the browser has WebGL 2.
 */
export function createOptions(large: boolean, webgl: boolean): CreateOptions {
  return {
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : 'auto',
    // Low enough to fit 20,000 nodes drawn with 90-unit edges on a laptop screen.
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    boxSelectionEnabled: false,
    // Nodes arrive placed (from the file, the last layout or a provisional spiral) and the
    // layout hook fits them; Cytoscape's default grid would move them all, seconds on a big
    // graph. Preset with no positions leaves every node where it is.
    layout: { name: 'preset', positions: {}, fit: false },
    autounselectify: true,
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  };
}
