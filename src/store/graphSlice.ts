import type { ImportFormat } from '../formats/types';
import type { GraphModel } from '../graph/model';
import { initialLayoutFor } from '../graph/view';
import type { Problem } from '../schema/problems';
import { initialFilters } from './filtersSlice';
import { initialSelection } from './selectionSlice';
import { initialFocus } from './viewSlice';
import type { SliceCreator } from './types';

/** Where the loaded graph came from, shown to the user. */
export interface DataOrigin {
  readonly kind: 'bundled' | 'file' | 'url';
  /** The shipped file's name, the user's file names, or the https: address. */
  readonly name: string;
}

export interface GraphSlice {
  readonly graph: GraphModel;
  readonly origin: DataOrigin;
  readonly warnings: readonly Problem[];
  /**
   * Swaps in a validated graph: filters, selection and focus start afresh for it, the import
   * report shows its warnings (if any) and a notice says what was loaded.
   */
  loadGraph: (
    graph: GraphModel,
    origin: DataOrigin,
    format: ImportFormat,
    warnings?: readonly Problem[],
  ) => void;
}

export const createGraphSlice =
  (initial: { graph: GraphModel; origin: DataOrigin }): SliceCreator<GraphSlice> =>
  (set, get) => ({
    graph: initial.graph,
    origin: initial.origin,
    warnings: [],
    loadGraph: (graph, origin, format, warnings = []) => {
      set({
        graph,
        origin,
        warnings,
        loadedFormat: format,
        ...initialFilters,
        ...initialSelection,
        focusOnly: initialFocus.focusOnly,
        // A file that drew its graph opens as drawn; otherwise the force layout lays it out.
        layout: initialLayoutFor(graph),
        importing: null,
        importReport: warnings.length
          ? { outcome: 'loaded', source: origin.name, problems: warnings }
          : null,
      });
      get().addNotices([
        {
          key: 'import.loaded',
          params: {
            name: origin.name,
            format: { term: `format.${format}` },
            nodes: graph.nodes.length,
            edges: graph.edges.length,
          },
        },
      ]);
    },
  });
