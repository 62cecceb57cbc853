import { clipMiddle } from '../schema/text';
import type { FieldRole } from '../formats/reassign';
import type { ImportFormat } from '../formats/types';
import { positionsOf, type Positions } from '../graph/layoutJob';
import { withPositions, type GraphModel } from '../graph/model';
import { INITIAL_VIEW, initialLayoutFor } from '../graph/view';
import type { Problem } from '../schema/problems';
import { initialAnalysis } from './analysisSlice';
import { initialFilters } from './filtersSlice';
import { initialHistory, type Step } from './historySlice';
import { moveNodes } from '../graph/moves';
import { initialSelection } from './selectionSlice';
import { initialSources } from './sourcesSlice';
import { initialStory } from './storySlice';
import { initialTime } from './timeSlice';
import { initialArrangement, initialFocus } from './viewSlice';
import type { SliceCreator } from './types';

/**
 * Where the loaded graph came from, shown to the user: the shipped file, the user's files, an
 * address, a working copy of the shipped data or of an address (made by the first edit), or a
 * map the user started from nothing.
 */
export type DataOrigin =
  | {
      readonly kind: 'bundled' | 'file' | 'url' | 'new';
      /** The shipped file's name, the user's file names, the https: address, or the title. */
      readonly name: string;
    }
  | { readonly kind: 'copy'; readonly name: string; readonly of: 'bundled' | 'url' };

/** Whether the graph is the user's own, kept in this browser: not the shipped data or a link's. */
export const isOwn = (origin: DataOrigin) => origin.kind !== 'bundled' && origin.kind !== 'url';

export interface GraphSlice {
  readonly graph: GraphModel;
  readonly origin: DataOrigin;
  readonly warnings: readonly Problem[];
  /**
   * Where each node is drawn: the file's positions at first, then each finished layout's.
   * Filters and focus never change it; the stored copy and exports carry it.
   */
  readonly positions: Positions;
  /** Counts the graphs opened in this tab; edits keep the number (the same data, changed). */
  readonly dataSeq: number;
  /** The layout run a graph opened with: later ones, while editing, are steps of the history. */
  readonly loadedAtSeq: number;
  /** Keeps a finished layout's positions (nodes it did not place keep theirs). */
  placeNodes: (placed: Positions) => void;
  /** Keeps where a plot drew the nodes: the drawing only, never a step of the history. */
  arrangeNodes: (placed: Positions) => void;
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
   * the sectors change. A choice that does not load changes nothing and says why. Resolves
   * once the choice is made or refused.
   */
  chooseField: (role: FieldRole, attribute: string) => Promise<void>;
  /**
   * Swaps in the graph kept from the user's last visit with its history, saying that it was
   * restored.
   */
  restoreGraph: (
    graph: GraphModel,
    origin: DataOrigin,
    format: ImportFormat,
    history?: { readonly past: readonly Step[]; readonly future: readonly Step[] },
  ) => void;
  /** Opens an empty map, titled, in edit mode: the start of a map made in the browser. */
  newMap: (graph: GraphModel) => void;
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
        ...initialSources,
        ...initialStory,
        ...initialTime,
        // Another graph's steps cannot be undone on this one.
        ...initialHistory,
        focusOnly: initialFocus.focusOnly,
        // A shared link or a file opens for viewing; the Edit switch turns editing on.
        editing: false,
        editForm: null,
        drawLinks: false,
        loadedAtSeq: get().layoutSeq + 1,
        dataSeq: get().dataSeq + 1,
        // A file that drew its graph opens as drawn; otherwise the force layout lays it out.
        layout: initialLayoutFor(graph),
        viewport: INITIAL_VIEW.viewport,
        // Another graph may lack the attribute they named.
        ...initialArrangement,
        importing: null,
        importReport: warnings.length
          ? {
              outcome: 'loaded',
              source: origin.name,
              problems: warnings,
              loaded: { format, nodes: graph.nodes.length, edges: graph.edges.length },
            }
          : null,
      });
    const counts = (graph: GraphModel) => ({
      nodes: graph.nodes.length,
      edges: graph.edges.length,
    });
    return {
      loadedAtSeq: 0,
      dataSeq: 0,
      newMap: (graph) => {
        swapIn(graph, { kind: 'new', name: graph.meta.title.en }, 'stakeholder-graph', []);
        set({ editing: true });
      },
      graph: initial.graph,
      origin: initial.origin,
      warnings: [],
      positions: positionsOf(initial.graph),
      placeNodes: (placed) => {
        const { editing, graph, layoutSeq, loadedAtSeq } = get();
        get().arrangeNodes(placed);
        // While editing, a layout the user ran moves the data's nodes: a step to undo. The
        // one a graph opens with only places it.
        if (!editing) return;
        if (layoutSeq > loadedAtSeq) get().perform(moveNodes(graph, placed, 'layout.move'));
        else set({ graph: withPositions(graph, placed) });
      },
      arrangeNodes: (placed) => set({ positions: new Map([...get().positions, ...placed]) }),
      loadGraph: (graph, origin, format, warnings = []) => {
        swapIn(graph, origin, format, warnings);
        // A load with warnings says all this in its report's heading: once on the screen.
        if (warnings.length) {
          get().dropNotices('load');
          return;
        }
        // A name can be a whole address: the notice shows its start and end, the header the rest.
        const params = {
          name: clipMiddle(origin.name),
          format: { term: `format.${format}` as const },
        };
        get().addNotices([
          { key: 'import.loaded', params: { ...params, ...counts(graph) }, group: 'load' },
        ]);
      },
      chooseField: async (role, attribute) => {
        // Fetched when first asked for: most visits never choose a file's columns.
        const [{ reassignField }, { commandBetween }] = await Promise.all([
          import('../formats/reassign'),
          import('../graph/diff'),
        ]);
        const before = get().graph;
        const result = reassignField(before, role, attribute);
        if (!result.ok) return get().failImport(attribute, result.problems);
        // One step of the history, like any edit: Undo gives back what the file called them.
        const name = { code: 'fields.choose', params: { role, name: attribute } } as const;
        if (!get().perform(commandBetween(before, result.graph, name))) return;
        // Sector and relation ids are made anew: filters naming the old ones would hide nothing.
        if (role === 'sectors' || role === 'relation') set(initialFilters);
        get().addNotices([
          {
            key: 'fields.chosen',
            params: { role: { term: `fields.${role}` }, name: attribute },
            group: 'load',
          },
        ]);
      },
      restoreGraph: (graph, origin, format, history) => {
        swapIn(graph, origin, format, []);
        if (history) set({ past: history.past, future: history.future });
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
