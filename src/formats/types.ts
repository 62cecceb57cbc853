import type { AttributeValue } from '../graph/model';
import type { Problem } from '../schema/problems';

/** A file as the user gave it: its name and its text, already decoded. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

/** The formats the importer reads. */
export const IMPORT_FORMATS = [
  'stakeholder-graph',
  'cytoscape-json',
  'node-link',
  'csv',
  'graphml',
  'gexf',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The file names each format comes in: what the file picker offers and the messages name. */
export const FORMAT_EXTENSIONS: Readonly<Record<ImportFormat, readonly string[]>> = {
  'stakeholder-graph': ['.json'],
  'cytoscape-json': ['.json', '.cyjs'],
  'node-link': ['.json'],
  csv: ['.csv', '.tsv'],
  graphml: ['.graphml', '.xml'],
  gexf: ['.gexf'],
};

/** The file picker's filter: every extension of every format, and their media types. */
export const IMPORT_ACCEPT = [
  ...new Set(IMPORT_FORMATS.flatMap((f) => FORMAT_EXTENSIONS[f])),
  'application/json',
  'text/csv',
  'application/xml',
].join(',');

/** Where a record came from in the user's file, for problem messages. */
export interface Origin {
  readonly file: string;
  /** 1-based line, where the format lets us know it. */
  readonly line?: number;
  /** How the user's file names the record, e.g. `elements.nodes[3]` or `<node id="n3">`. */
  readonly path: string;
}

/**
 * A node or an edge as a file describes it, before the field table gives it meaning.
 * `native` holds what the format itself defines (GraphML's id, source and target, GEXF's label
 * and viz, a Cytoscape element's position), by our field names; `fields` holds the record's
 * named values as the file names them.
 */
export interface RawRecord {
  readonly native: ReadonlyMap<string, AttributeValue>;
  readonly fields: ReadonlyMap<string, AttributeValue>;
  readonly origin: Origin;
  /** How the file names a native field, where problems should say so (`to` for an implied node). */
  readonly nativeNames?: ReadonlyMap<string, string>;
}

/** What a reader makes of a foreign file: records, or located problems. */
export type RawResult =
  | {
      readonly ok: true;
      readonly title: string;
      readonly nodes: readonly RawRecord[];
      readonly edges: readonly RawRecord[];
      /** The file's default for edges that do not say, where the format has one. */
      readonly directed?: boolean;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A list written in one cell, `Health; Skills` or Kumu's `Health|Skills`: its trimmed items. */
export function splitList(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return cell
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
