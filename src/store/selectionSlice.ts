import { INITIAL_VIEW, type Selection } from '../graph/view';
import type { SliceCreator } from './types';

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
}

export interface SelectOptions {
  readonly reveal?: boolean;
  readonly keepPanel?: boolean;
}

/** The selection a graph opens with: none. */
export const initialSelection = { selection: INITIAL_VIEW.selection } as const;

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  ...initialSelection,
  revealSeq: 0,
  selectNode: (id, options) => {
    if (!get().graph.nodeById.has(id)) return;
    set({
      selection: { kind: 'node', id },
      revealSeq: get().revealSeq + (options?.reveal ? 1 : 0),
      // On a phone the details open over the lower part of the graph.
      ...(options?.keepPanel ? {} : { panel: 'details' as const, sheet: 'side' as const }),
    });
  },
  selectEdge: (id, options) => {
    if (!get().graph.edgeById.has(id)) return;
    set({
      selection: { kind: 'edge', id },
      revealSeq: get().revealSeq + (options?.reveal ? 1 : 0),
      ...(options?.keepPanel ? {} : { panel: 'details' as const, sheet: 'side' as const }),
    });
  },
  clearSelection: () => set(initialSelection),
});
