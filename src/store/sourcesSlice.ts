import type { Cite } from '../graph/sources';
import type { SliceCreator } from './types';

/** The source open in the reader, and the piece of evidence it was opened on, if any. */
export interface Reading {
  readonly source: string;
  readonly cite: Cite | null;
}

export interface SourcesSlice {
  /** Null: the sources panel lists the sources. */
  readonly reading: Reading | null;
  /** Opens a source in the reader, at its start. */
  readSource: (id: string) => void;
  /** Opens the reader on the passage a piece of evidence quotes (a sheet on a phone). */
  showInSource: (cite: Cite) => void;
  /** Moves the reader to another of the source's pieces of evidence. */
  readCite: (cite: Cite) => void;
  /** Back to the list of sources. */
  closeSource: () => void;
}

export const initialSources = { reading: null } as const;

export const createSourcesSlice: SliceCreator<SourcesSlice> = (set, get) => ({
  ...initialSources,
  readSource: (id) => {
    if (!get().graph.sources.has(id)) return;
    set({ reading: { source: id, cite: null }, panel: 'sources', sheet: 'side' });
  },
  showInSource: (cite) => {
    const p = get().graph.edgeById.get(cite.edge)?.provenance[cite.index];
    if (!p || !get().graph.sources.has(p.source)) return;
    set({ reading: { source: p.source, cite }, panel: 'sources', sheet: 'side' });
  },
  readCite: (cite) => {
    const reading = get().reading;
    if (reading) set({ reading: { ...reading, cite } });
  },
  closeSource: () => set({ reading: null }),
});
