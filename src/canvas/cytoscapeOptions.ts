import type { CreateOptions } from './CytoscapeHost';
import { ZOOM_RANGE } from '../graph/view';

let webgl2: boolean | null = null;
/** Whether this browser can draw with WebGL 2, asked once. */
export function hasWebgl2(): boolean {
  webgl2 ??= document.createElement('canvas').getContext('webgl2') !== null;
  return webgl2;
}

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
