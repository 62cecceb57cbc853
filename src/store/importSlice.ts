import type { ImportFormat } from '../formats/types';
import type { Problem } from '../schema/problems';
import type { SliceCreator } from './types';

/** What the last import said: why it failed, or what a successful one warned about. */
export type ImportReport =
  | {
      readonly outcome: 'failed';
      /** The file names or address the user gave. */
      readonly source: string;
      readonly problems: readonly Problem[];
    }
  | {
      readonly outcome: 'loaded';
      readonly source: string;
      readonly problems: readonly Problem[];
      /** What was loaded, which the report says in place of the load's notice. */
      readonly loaded: {
        readonly format: ImportFormat;
        readonly nodes: number;
        readonly edges: number;
      };
    };

/** Whether the graph is kept in this browser: being written, written, refused, or kept by another tab. */
export type Kept = 'saving' | 'saved' | 'failed' | 'elsewhere' | null;

export interface ImportSlice {
  /** The file names or address being read, while an import runs. */
  readonly importing: string | null;
  readonly importReport: ImportReport | null;
  /** The format the loaded graph was read from; null for the shipped data set. */
  readonly loadedFormat: ImportFormat | null;
  /** Whether the graph on screen is kept in this browser: being written, written, or not. */
  readonly kept: Kept;
  setKept: (kept: Kept) => void;
  startImport: (source: string) => void;
  /** Records a failed import. Changes nothing else: graph, filters, selection and URL stay. */
  failImport: (source: string, problems: readonly Problem[]) => void;
  dismissImportReport: () => void;
}

export const createImportSlice: SliceCreator<ImportSlice> = (set) => ({
  importing: null,
  importReport: null,
  loadedFormat: null,
  kept: null,
  setKept: (kept) => set({ kept }),
  startImport: (source) => set({ importing: source }),
  failImport: (source, problems) =>
    set({ importing: null, importReport: { outcome: 'failed', source, problems } }),
  dismissImportReport: () => set({ importReport: null }),
});
