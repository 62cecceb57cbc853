import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { Point } from '../graph/layoutJob';

/** Whether a layout is placing nodes now; `idle` once every position is final. */
export type LayoutState = 'running' | 'idle';

/** Up to this many visible nodes, nodes glide to their new places instead of jumping. */
export const ANIMATE_UP_TO = 400;
/**
 * Above this many elements a graph is drawn for speed: edges hidden and a texture shown while
 * panning or zooming, one pixel per CSS pixel, no camera animation.
 */
export const LARGE_GRAPH = 5000;

/** Room around the fitted drawing, in screen pixels. */
export const FIT_PADDING = 24;

/**
 * Options for fcose, which the worker runs on a headless Cytoscape: no animation, no fit (the
 * canvas fits once the positions arrive). `first`: the nodes have no real positions yet, so it
 * starts from random ones instead of refining the current picture. Large graphs are laid out by
 * ForceAtlas2 instead (see layoutCompute), so fcose always has its default quality.
 */
export function fcoseOptions(first: boolean): LayoutOptions {
  return {
    name: 'fcose',
    fit: false,
    animate: false,
    randomize: first,
    quality: 'default',
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 90,
    nodeSeparation: 90,
    packComponents: true,
  } as LayoutOptions;
}

/**
 * Moves nodes to given positions on the canvas, gliding when few, and fits the view to them.
 * A node `place` does not know stays where it is.
 */
export function placeOptions(
  place: (id: string) => Point | undefined,
  animate: boolean,
): LayoutOptions {
  return {
    name: 'preset',
    fit: true,
    padding: FIT_PADDING,
    animate,
    animationDuration: 450,
    positions: (node: NodeSingular) => place(node.id()) ?? node.position(),
  } as LayoutOptions;
}
