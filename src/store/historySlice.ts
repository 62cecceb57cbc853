import { applyCommand, inverseOf, type Command } from '../graph/commands';
import { positionsOf } from '../graph/layoutJob';
import { withPositions, type GraphModel } from '../graph/model';
import type { Selector } from '../schema/graphFile';
import type { Problem } from '../schema/problems';
import type { DataOrigin } from './graphSlice';
import type { SliceCreator } from './types';

/** Steps of the history kept at most: older ones are forgotten. */
export const MAX_STEPS = 500;
/**
 * Record changes the history holds at most, across its steps: a layout of 20,000 nodes is one
 * step of 20,000 changes, and a few hundred of those would fill the browser's storage.
 */
export const MAX_CHANGES = 200_000;

/** A command done, with the command that undoes it. */
export interface Step {
  readonly command: Command;
  readonly inverse: Command;
}

/** The editing form or list open beside the canvas (a sheet on a phone). */
export type EditForm =
  | { readonly kind: 'node'; readonly at?: { readonly x: number; readonly y: number } }
  | {
      readonly kind: 'edge';
      readonly source?: string;
      readonly target?: string;
      /** A passage selected in a source's text, to become the new relationship's evidence. */
      readonly passage?: CapturedPassage;
    }
  | { readonly kind: 'merge'; readonly ids: readonly string[] }
  | { readonly kind: 'history' | 'duplicates' | 'title' };

/** A passage of a source's text, with the selector that finds it again. */
export interface CapturedPassage {
  readonly source: string;
  readonly selector: Selector;
}

export interface HistorySlice {
  readonly editForm: EditForm | null;
  openEditForm: (form: EditForm | null) => void;
  /** Whether a drag from one node to another on the canvas draws a relationship. */
  readonly drawLinks: boolean;
  setDrawLinks: (on: boolean) => void;
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
  /** Undoes or redoes until `count` steps are done: the History panel's jump to a step. */
  jumpTo: (count: number) => void;
  /** Forgets the problems of a refused command (the form that made it was closed). */
  clearRefused: () => void;
}

/** What a newly loaded graph starts with: nothing to undo or redo. */
export const initialHistory = { past: [], future: [], refused: [], lastStep: null } as const;

/** The steps kept: the newest, within both bounds. */
export function bounded(steps: readonly Step[]): readonly Step[] {
  let changes = 0;
  let from = steps.length;
  while (from > 0 && steps.length - from < MAX_STEPS) {
    changes += steps[from - 1]!.command.changes.length;
    if (changes > MAX_CHANGES && from < steps.length) break;
    from--;
  }
  return from === 0 ? steps : steps.slice(from);
}

/** An edit of data that is not the user's own makes it theirs: a working copy of it. */
const copyOf = (origin: DataOrigin): DataOrigin =>
  origin.kind === 'bundled' || origin.kind === 'url'
    ? { kind: 'copy', name: origin.name, of: origin.kind }
    : origin;

export const createHistorySlice: SliceCreator<HistorySlice> = (set, get) => {
  /** The graph after an edit, with what depends on it: positions, and a selection still there. */
  const swap = (graph: GraphModel) => {
    const { selection, selected } = get();
    const gone =
      selection !== null &&
      !(selection.kind === 'node' ? graph.nodeById : graph.edgeById).has(selection.id);
    const still = selected.filter((id) => graph.nodeById.has(id));
    return {
      graph,
      positions: new Map([...get().positions, ...positionsOf(graph)]),
      refused: [],
      origin: copyOf(get().origin),
      ...(gone ? { selection: null } : {}),
      ...(still.length !== selected.length ? { selected: still } : {}),
    };
  };
  const step = (verb: 'undone' | 'redone') => {
    const from = verb === 'undone' ? get().past.at(-1) : get().future[0];
    if (!from) return false;
    const r = applyCommand(get().graph, verb === 'undone' ? from.inverse : from.command);
    if (!r.ok) {
      set({ refused: r.problems });
      return false;
    }
    set({
      ...swap(r.graph),
      past: verb === 'undone' ? get().past.slice(0, -1) : [...get().past, from],
      future: verb === 'undone' ? [from, ...get().future] : get().future.slice(1),
      lastStep: { verb, command: from.command },
    });
    return true;
  };
  return {
    ...initialHistory,
    editing: false,
    editForm: null,
    drawLinks: false,
    openEditForm: (editForm) => set({ editForm, refused: [] }),
    setDrawLinks: (drawLinks) => set({ drawLinks }),
    setEditing: (editing) => {
      // Where the nodes are drawn becomes where they are, so the first drag undone goes back
      // to the place it started from rather than to a place the data never had.
      const graph = editing ? withPositions(get().graph, get().positions) : get().graph;
      set({
        editing,
        graph,
        ...(editing ? {} : { editForm: null, drawLinks: false, selected: [] }),
      });
    },
    perform: (command) => {
      if (command.changes.length === 0) return true;
      const r = applyCommand(get().graph, command);
      if (!r.ok) {
        set({ refused: r.problems });
        return false;
      }
      set({
        ...swap(r.graph),
        past: bounded([...get().past, { command: r.command, inverse: inverseOf(r.command) }]),
        future: [],
        lastStep: { verb: 'done', command: r.command },
      });
      return true;
    },
    undo: () => void step('undone'),
    redo: () => void step('redone'),
    jumpTo: (count) => {
      while (get().past.length > count && step('undone'));
      while (get().past.length < count && step('redone'));
    },
    clearRefused: () => set({ refused: [] }),
  };
};
