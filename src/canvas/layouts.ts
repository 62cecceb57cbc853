import type { LayoutOptions, NodeSingular } from 'cytoscape';
import type { ComputedLayout, Point } from '../graph/layoutJob';

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
 * Options for a layout the worker computes, on a headless Cytoscape: no animation, no fit
 * (the canvas fits once the positions arrive). `first`: the nodes have no real positions yet,
 * so force-directed starts from random ones instead of refining the current picture.
 */
export function computedLayoutOptions(name: ComputedLayout, first: boolean): LayoutOptions {
  const common = { fit: false, animate: false } as const;
  switch (name) {
    case 'fcose':
      // Large graphs are laid out by ForceAtlas2 instead (see layoutCompute), so fcose always
      // has its default quality.
      return {
        name: 'fcose',
        ...common,
        randomize: first,
        quality: 'default',
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeSeparation: 90,
        packComponents: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node) => Number(node.data('degree')),
        levelWidth: () => 2,
        minNodeSpacing: 30,
      };
    case 'breadthfirst':
      return { name: 'breadthfirst', ...common, directed: false, spacingFactor: 1.1 };
    case 'circle':
      return { name: 'circle', ...common };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, condense: false };
  }
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
