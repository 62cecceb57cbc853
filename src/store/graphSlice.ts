import { reassignField, type FieldRole } from '../formats/reassign';
import type { ImportFormat } from '../formats/types';
import { positionsOf, type Positions } from '../graph/layoutJob';
import type { GraphModel } from '../graph/model';
import { INITIAL_VIEW, initialLayoutFor } from '../graph/view';
import type { Problem } from '../schema/problems';
import { initialAnalysis } from './analysisSlice';
import { initialFilters } from './filtersSlice';
import { initialHistory } from './historySlice';
import { initialSelection } from './selectionSlice';
import { initialArrangement, initialFocus } from './viewSlice';
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
   * Where each node is drawn: the file's positions at first, then each finished layout's.
   * Filters and focus never change it; the stored copy and exports carry it.
   */
  readonly positions: Positions;
  /** Keeps a finished layout's positions (nodes it did not place keep theirs). */
  placeNodes: (placed: Positions) => void;
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
  /**
   * Takes the nodes' labels, types or sectors from one of their attributes (what the file
   * called them elsewhere). Ids stay, so the selection stays; sector filters start afresh when
   * the sectors change. A choice that does not load changes nothing and says why.
   */
  chooseField: (role: FieldRole, attribute: string) => void;
  /** Swaps in the graph kept from the user's last visit, saying that it was restored. */
  restoreGraph: (graph: GraphModel, origin: DataOrigin, format: ImportFormat) => void;
}

export const createGraphSlice =
  (initial: { graph: GraphModel; origin: DataOrigin }): SliceCreator<GraphSlice> =>
  (set, get) => {
    /** A new graph starts with the view it opens with; nothing of the old one's view stays. */
    const swapIn = (
      graph: GraphModel,
      origin: DataOrigin,
      format: ImportFormat,
      warnings: readonly Problem[],
    ) =>
      set({
        graph,
        origin,
        warnings,
        positions: positionsOf(graph),
        // The canvas places every new graph: as drawn, or by the layout it opens with.
        layoutSeq: get().layoutSeq + 1,
        loadedFormat: format,
        ...initialFilters,
        ...initialSelection,
        ...initialAnalysis,
        // Another graph's steps cannot be undone on this one.
        ...initialHistory,
        focusOnly: initialFocus.focusOnly,
        // A file that drew its graph opens as drawn; otherwise the force layout lays it out.
        layout: initialLayoutFor(graph),
        viewport: INITIAL_VIEW.viewport,
        // Another graph may lack the attribute they named.
        ...initialArrangement,
        importing: null,
        importReport: warnings.length
          ? { outcome: 'loaded', source: origin.name, problems: warnings }
          : null,
      });
    const counts = (graph: GraphModel) => ({
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    });
    return {
      graph: initial.graph,
      origin: initial.origin,
      warnings: [],
      positions: positionsOf(initial.graph),
      placeNodes: (placed) => set({ positions: new Map([...get().positions, ...placed]) }),
      loadGraph: (graph, origin, format, warnings = []) => {
        swapIn(graph, origin, format, warnings);
        const params = { name: origin.name, format: { term: `format.${format}` as const } };
        get().addNotices([
          { key: 'import.loaded', params: { ...params, ...counts(graph) }, group: 'load' },
        ]);
      },
      chooseField: (role, attribute) => {
        const result = reassignField(get().graph, role, attribute);
        if (!result.ok) return get().failImport(attribute, result.problems);
        // Sector and relation ids are made anew: filters naming the old ones would hide nothing.
        set({
          graph: result.graph,
          ...(role === 'sectors' || role === 'relation' ? initialFilters : {}),
          // Steps made before name the old labels and types: not to be undone on these.
          ...initialHistory,
        });
        get().addNotices([
          {
            key: 'fields.chosen',
            params: { role: { term: `fields.${role}` }, name: attribute },
            group: 'load',
          },
        ]);
      },
      restoreGraph: (graph, origin, format) => {
        swapIn(graph, origin, format, []);
        get().addNotices([
          {
            key: 'import.restored',
            params: { name: origin.name, ...counts(graph) },
            group: 'load',
          },
        ]);
      },
    };
  };
