import { applyCommand, inverseOf, type Command } from '../graph/commands';
import { positionsOf } from '../graph/layoutJob';
import type { GraphModel } from '../graph/model';
import type { Problem } from '../schema/problems';
import type { SliceCreator } from './types';

/** Steps of the history kept at most: older ones are forgotten. */
export const MAX_STEPS = 500;

/** A command done, with the command that undoes it. */
export interface Step {
  readonly command: Command;
  readonly inverse: Command;
}

export interface HistorySlice {
  /** Whether the user is editing the data (viewing is the default; a shared link opens in it). */
  readonly editing: boolean;
  /** What can be undone, oldest first, and what can be redone, next first. */
  readonly past: readonly Step[];
  readonly future: readonly Step[];
  /** Problems of the last command refused, said where the user made it; empty when none. */
  readonly refused: readonly Problem[];
  /** The last step done, undone or redone, for screen readers to hear. */
  readonly lastStep: {
    readonly verb: 'done' | 'undone' | 'redone';
    readonly command: Command;
  } | null;
  setEditing: (on: boolean) => void;
  /** Does a command to the data, as one step of the history; a refused one changes nothing. */
  perform: (command: Command) => boolean;
  undo: () => void;
  redo: () => void;
}

/** What a newly loaded graph starts with: nothing to undo or redo. */
export const initialHistory = { past: [], future: [], refused: [], lastStep: null } as const;

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  /** The graph after an edit, with what depends on it: positions, and a selection still there. */
  const swap = (graph: GraphModel) => {
    const { selection } = get();
    const gone =
      selection !== null &&
      !(selection.kind === 'node' ? graph.nodeById : graph.edgeById).has(selection.id);
    return {
      graph,
      positions: new Map([...get().positions, ...positionsOf(graph)]),
      refused: [],
      ...(gone ? { selection: null } : {}),
    };
  };
  return {
    ...initialHistory,
    editing: false,
    setEditing: (editing) => set({ editing }),
    perform: (command) => {
      if (command.changes.length === 0) return true;
      const r = applyCommand(get().graph, command);
      if (!r.ok) {
        set({ refused: r.problems });
        return false;
      }
      const step = { command, inverse: inverseOf(command) };
      set({
        ...swap(r.graph),
        past: [...get().past, step].slice(-MAX_STEPS),
        future: [],
        lastStep: { verb: 'done', command },
      });
      return true;
    },
    undo: () => {
      const step = get().past.at(-1);
      if (!step) return;
      const r = applyCommand(get().graph, step.inverse);
      if (!r.ok) return;
      set({
        ...swap(r.graph),
        past: get().past.slice(0, -1),
        future: [step, ...get().future],
        lastStep: { verb: 'undone', command: step.command },
      });
    },
    redo: () => {
      const step = get().future[0];
      if (!step) return;
      const r = applyCommand(get().graph, step.command);
      if (!r.ok) return;
      set({
        ...swap(r.graph),
        past: [...get().past, step],
        future: get().future.slice(1),
        lastStep: { verb: 'redone', command: step.command },
      });
    },
  };
};
