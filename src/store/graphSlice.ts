import type { GraphModel } from '../graph/model';
import { NO_FILTERS } from '../graph/filters';
import type { Problem } from '../schema/problems';
import type { SliceCreator } from './types';

/** Where the loaded graph came from, shown to the user. */
export interface DataOrigin {
  readonly kind: 'bundled' | 'file' | 'url';
  readonly name: string;
}

export interface GraphSlice {
  readonly graph: GraphModel;
  readonly origin: DataOrigin;
  readonly warnings: readonly Problem[];
  /** Swaps in a validated graph; filters and selection start afresh for it. */
  replaceGraph(graph: GraphModel, origin: DataOrigin, warnings?: readonly Problem[]): void;
}

export const createGraphSlice =
  (initial: { graph: GraphModel; origin: DataOrigin }): SliceCreator<GraphSlice> =>
  (set) => ({
    graph: initial.graph,
    origin: initial.origin,
    warnings: [],
    replaceGraph: (graph, origin, warnings = []) =>
      set({ graph, origin, warnings, filters: NO_FILTERS, selection: null, focusOnly: false }),
  });
