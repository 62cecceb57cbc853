import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../graph/view';

/** Whether a layout is placing nodes now; `idle` once every position is final. */
export type LayoutState = 'running' | 'idle';

/** Above this many visible nodes, layouts jump to their result instead of animating. */
const ANIMATE_UP_TO = 400;
/**
 * Above this many elements a graph is drawn for speed: edges hidden and a texture shown while
 * panning or zooming, one pixel per CSS pixel, no camera animation.
 */
export const LARGE_GRAPH = 5000;
/** Above this many visible nodes, force-directed layout uses fcose's fast spectral draft. */
export const DRAFT_ABOVE = 2000;

/**
 * Options for a named layout. In: the name, how many nodes it will place, and whether this is
 * the first placement (force-directed starts from random positions only then, so a filter
 * change moves nodes gently instead of scrambling the picture).
 */
export function layoutOptions(name: LayoutName, nodeCount: number, first: boolean): LayoutOptions {
  const animate = nodeCount <= ANIMATE_UP_TO;
  const common = { fit: true, padding: 40, animate, animationDuration: 450 };
  switch (name) {
    case 'preset':
      // The picture the file drew, from the positions kept in each node's data.
      return {
        name: 'preset',
        ...common,
        positions: (node: { data: (key: string) => unknown }) => {
          const x = node.data('fx');
          const y = node.data('fy');
          return typeof x === 'number' && typeof y === 'number' ? { x, y } : { x: 0, y: 0 };
        },
      } as LayoutOptions;
    case 'fcose': {
      // fcose's fast 'draft' quality only works from random positions (without them it
      // relocates a component it never laid out, and throws), so big graphs always take it.
      const draft = nodeCount > DRAFT_ABOVE;
      return {
        name: 'fcose',
        ...common,
        randomize: first || draft,
        quality: draft ? 'draft' : 'default',
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        nodeSeparation: 90,
        packComponents: true,
      } as LayoutOptions;
    }
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
