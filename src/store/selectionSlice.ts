import { INITIAL_VIEW, type Selection } from '../graph/view';
import type { SliceCreator } from './types';

export interface SelectionSlice {
  readonly selection: Selection | null;
  /** Bumped when a selection made outside the canvas should be brought into view there. */
  readonly revealSeq: number;
  /** Selects a node; unknown ids are ignored. `reveal` centres it on the canvas. */
  selectNode: (id: string, options?: { reveal?: boolean }) => void;
  selectEdge: (id: string, options?: { reveal?: boolean }) => void;
  clearSelection: () => void;
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
    });
  },
  selectEdge: (id, options) => {
    if (!get().graph.edgeById.has(id)) return;
    set({
      selection: { kind: 'edge', id },
      revealSeq: get().revealSeq + (options?.reveal ? 1 : 0),
    });
  },
  clearSelection: () => set(initialSelection),
});
