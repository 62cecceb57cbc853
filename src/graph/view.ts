import { applyFilters, NO_FILTERS, type Filters, type VisibleSet } from './filters';
import type { GraphModel } from './model';
import { neighbourhood } from './neighbourhood';

export type Selection =
  { readonly kind: 'node'; readonly id: string } | { readonly kind: 'edge'; readonly id: string };

/** The layouts a user can choose; `preset` is the picture the file drew, where it has one. */
export const LAYOUTS = [
  'preset',
  'fcose',
  'concentric',
  'breadthfirst',
  'circle',
  'grid',
  'scatter',
  'powerinterest',
] as const;
/** Layouts that place nodes by their values, with axes: computed at once, never in a worker. */
export const PLOTS = ['scatter', 'powerinterest'] as const;
export type PlotLayout = (typeof PLOTS)[number];
export const isPlot = (layout: LayoutName): layout is PlotLayout => PLOTS.some((p) => p === layout);
export type LayoutName = (typeof LAYOUTS)[number];

/** How many hops around a selected node are emphasised. */
export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export type CameraCommand = 'fit' | 'zoomIn' | 'zoomOut';

/** Zoom and the graph point at the centre of the canvas: a frame any canvas size can show. */
export interface Viewport {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

/** The zooms a canvas allows (as Cytoscape is created with). */
export const ZOOM_RANGE = { min: 0.02, max: 4 } as const;

/** The user's view of a graph: what a shared link carries, besides the language. */
export interface GraphView {
  readonly selection: Selection | null;
  readonly focusDepth: FocusDepth;
  readonly focusOnly: boolean;
  readonly filters: Filters;
  readonly layout: LayoutName;
  /** Nodes keep the colours and sizes their file gave them. */
  readonly fileLook: boolean;
  /** The frame the user moved the camera to; null while the view fits the graph. */
  readonly viewport: Viewport | null;
}

/** True when the file drew every node: the graph then opens as drawn. */
export function hasPositions(graph: GraphModel): boolean {
  return graph.nodes.length > 0 && graph.nodes.every((n) => n.position !== undefined);
}

/** True when the file gives any node its own colour or size. */
export function hasFileLook(graph: GraphModel): boolean {
  return graph.nodes.some((n) => n.color !== undefined || n.size !== undefined);
}

/** The layouts that apply to a graph: the file's own picture only where it drew one. */
export function layoutsFor(graph: GraphModel): readonly LayoutName[] {
  return hasPositions(graph) ? LAYOUTS : LAYOUTS.filter((l) => l !== 'preset');
}

/** The layout a graph opens with: as drawn, if the file drew it. */
export function initialLayoutFor(graph: GraphModel): LayoutName {
  return hasPositions(graph) ? 'preset' : INITIAL_VIEW.layout;
}

/**
 * The view a graph opens with. Loading a graph, resetting the view and reading a link all
 * start from these values, defined here once.
 */
export const INITIAL_VIEW: GraphView = Object.freeze({
  selection: null,
  focusDepth: 1,
  focusOnly: false,
  filters: NO_FILTERS,
  layout: 'fcose',
  fileLook: true,
  viewport: null,
});

/** The neighbourhood that is emphasised around a selection; null when nothing is selected. */
export function highlightFor(
  graph: GraphModel,
  selection: Selection | null,
  depth: number,
  visible: VisibleSet,
): VisibleSet | null {
  if (!selection) return null;
  if (selection.kind === 'node') return neighbourhood(graph, selection.id, depth, visible);
  const edge = graph.edgeById.get(selection.id);
  if (!edge || !visible.edges.has(edge.id)) return { nodes: new Set(), edges: new Set() };
  return { nodes: new Set([edge.source, edge.target]), edges: new Set([edge.id]) };
}

/**
 * What the canvas and the list show: the filtered graph, narrowed to the selected node's
 * neighbourhood in focus mode. Out: the filtered set itself when focus mode does not apply,
 * so its identity changes only when the shown graph does.
 */
export function shownSet(
  graph: GraphModel,
  filtered: VisibleSet,
  selection: Selection | null,
  depth: number,
  focusOnly: boolean,
): VisibleSet {
  if (!focusOnly || selection?.kind !== 'node' || !filtered.nodes.has(selection.id))
    return filtered;
  return neighbourhood(graph, selection.id, depth, filtered);
}

export { applyFilters };
