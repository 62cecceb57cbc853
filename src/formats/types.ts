import type { Problem } from '../schema/problems';

/** A file as the user gave it: its name and its text, already decoded. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

/** The formats the importer reads. */
export type ImportFormat = 'stakeholder-graph' | 'cytoscape-json' | 'csv' | 'graphml';

/** A value a free-form attribute may hold. */
export type AttributeValue = string | number | boolean | null;

/** Where a record came from in the user's file, for problem messages. */
export interface Origin {
  readonly file: string;
  /** 1-based line, where the format lets us know it. */
  readonly line?: number;
  /** How the user's file names the record, e.g. `elements.nodes[3]` or `node "n3"`. */
  readonly path: string;
  /** The user's name for a field of ours (`target` is `to` in a CSV), where it differs. */
  readonly fields?: ReadonlyMap<string, string>;
}

/** A node as a foreign format describes it, before it becomes one of ours. */
export interface GenericNode {
  readonly id: string;
  readonly label?: string;
  readonly labelHi?: string;
  readonly type?: string;
  readonly sectors: readonly string[];
  readonly description?: string;
  readonly descriptionHi?: string;
  /** Everything else the file says, kept and shown. */
  readonly attributes: ReadonlyMap<string, AttributeValue>;
  readonly origin: Origin;
}

/** An edge as a foreign format describes it. */
export interface GenericEdge {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  readonly relation?: string;
  readonly label?: string;
  readonly labelHi?: string;
  readonly attributes: ReadonlyMap<string, AttributeValue>;
  readonly origin: Origin;
}

/** What a converter makes of a foreign file: records, or located problems. */
export type GenericResult =
  | {
      readonly ok: true;
      readonly title: string;
      readonly nodes: readonly GenericNode[];
      readonly edges: readonly GenericEdge[];
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
