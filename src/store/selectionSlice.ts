import { INITIAL_VIEW, type Selection } from '../graph/view';
import type { AppState, SliceCreator } from './types';

export interface SelectionSlice {
  readonly selection: Selection | null;
  /** Bumped when a selection made outside the canvas should be brought into view there. */
  readonly revealSeq: number;
  /**
   * Selects a node; unknown ids are ignored. `reveal` centres it on the canvas. The side panel
   * turns to its details, unless `keepPanel` (a name followed within the paths' answer).
   */
  selectNode: (id: string, options?: SelectOptions) => void;
  selectEdge: (id: string, options?: SelectOptions) => void;
  clearSelection: () => void;
  /**
   * Nodes picked together (shift-click, box select) for an edit of several at once: delete,
   * merge, set their type or sectors. Apart from the one selection, whose details are shown.
   */
  readonly selected: readonly string[];
  /** Adds a node to the ones picked, or takes it out again. */
  toggleSelected: (id: string) => void;
  setSelected: (ids: readonly string[]) => void;
}

export interface SelectOptions {
  readonly reveal?: boolean;
  readonly keepPanel?: boolean;
}

/**
 * Someone building a story's steps: what they select is the view of the next step (and offers
 * its evidence as quotes), so the stories panel stays in front of them.
 */
const makingStory = (s: AppState) => s.editing && s.panel === 'stories' && s.openStory !== null;

/** The selection a graph opens with: none. */
export const initialSelection = { selection: INITIAL_VIEW.selection, selected: [] } as const;

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  ...initialSelection,
  revealSeq: 0,
  selectNode: (id, options) => {
    if (!get().graph.nodeById.has(id)) return;
    set({
      selection: { kind: 'node', id },
      revealSeq: get().revealSeq + (options?.reveal ? 1 : 0),
      // On a phone the details open over the lower part of the graph.
      ...(options?.keepPanel || makingStory(get())
        ? {}
        : { panel: 'details' as const, sheet: 'side' as const }),
    });
  },
  selectEdge: (id, options) => {
    if (!get().graph.edgeById.has(id)) return;
    set({
      selection: { kind: 'edge', id },
      revealSeq: get().revealSeq + (options?.reveal ? 1 : 0),
      ...(options?.keepPanel || makingStory(get())
        ? {}
        : { panel: 'details' as const, sheet: 'side' as const }),
    });
  },
  clearSelection: () => set(initialSelection),
  toggleSelected: (id) => {
    const { selected, selection, graph } = get();
    if (!graph.nodeById.has(id)) return;
    // The node whose details are open counts as picked: shift-click adds a second to it.
    const base =
      selected.length === 0 && selection?.kind === 'node' && selection.id !== id
        ? [selection.id]
        : selected;
    set({ selected: base.includes(id) ? base.filter((s) => s !== id) : [...base, id] });
  },
  setSelected: (ids) => {
    const { graph } = get();
    set({ selected: [...new Set(ids)].filter((id) => graph.nodeById.has(id)) });
  },
});
