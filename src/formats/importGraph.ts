import { guessNames } from './guessNames';
import { loadGraphValue } from '../graph/load';
import type { GraphModel } from '../graph/model';
import { FORMAT_NAME } from '../schema/graphFile';
import { parseJsonText } from '../schema/json';
import { byteLengthOver } from '../schema/text';
import { LIMITS } from '../schema/limits';
import { empty, inFile, problem, relocated, tooLarge, type Problem } from '../schema/problems';
import { isRecord } from '../schema/values';
import { buildGraphFile, type Placed } from './build';
import { mergeRepeatedRows } from './mergeRows';
import { readCsv } from './csv';
import { isCytoscapeJson, readCytoscapeJson } from './cytoscapeJson';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { isNodeLink, readNodeLink } from './nodeLink';
import { normaliseLineEndings } from './text';
import type { ImportFormat, RawResult, SourceFile } from './types';

export type ImportResult =
  | {
      readonly ok: true;
      readonly format: ImportFormat;
      readonly graph: GraphModel;
      readonly warnings: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** True for GEXF (Gephi's own format): its root element is `<gexf>`. */
const isGexf = (text: string) => /<(?:[\w.-]+:)?gexf[\s>]/.test(text.slice(0, 4096));

/** Which reader a file needs, judged by its name first and its first character after that. */
function kindOf(file: SourceFile): 'json' | 'csv' | 'xml' {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  if (['.graphml', '.gexf', '.xml'].some((ext) => name.endsWith(ext))) return 'xml';
  if (name.endsWith('.json') || name.endsWith('.cyjs')) return 'json';
  const first = file.text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '<' ? 'xml' : first === '{' || first === '[' ? 'json' : 'csv';
}

/**
 * Puts a problem found in the converted file back where the user will find it: `edges[3].target`
 * becomes `edges.csv: line 5: to`.
 */
function relocate(p: Problem, nodes: readonly Placed[], edges: readonly Placed[]): Problem {
  // A problem of all the nodes or all the edges (a summary) belongs to the file they came from.
  if (p.path === 'nodes' || p.path === 'edges') {
    const first = (p.path === 'nodes' ? nodes : edges)[0];
    return first ? relocated(p, { file: first.file }) : p;
  }
  const m = /^(nodes|edges)\[(\d+)\](?:\.([A-Za-z]+))?(.*)$/.exec(p.path);
  const origin = m ? (m[1] === 'nodes' ? nodes : edges)[Number(m[2])] : undefined;
  if (!m || !origin) return p;
  const field = m[3] === undefined ? '' : (origin.names.get(m[3]) ?? m[3]) + (m[4] ?? '');
  const path = [origin.path, field].filter(Boolean).join(origin.path.startsWith('<') ? ' ' : '.');
  return relocated(p, { file: origin.file, line: origin.line, path });
}

/** Drops problems that read the same once placed (a node made from an edge's end, say). */
function distinct(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.column, p.path, p.code, p.params]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function fromRaw(format: ImportFormat, read: RawResult): ImportResult {
  if (!read.ok) return read;
  // A spreadsheet may give a node on several rows: merged into one, and said once.
  const rows = format === 'csv' ? mergeRepeatedRows(read.nodes) : null;
  const raw = rows ? { ...read, nodes: rows.records } : read;
  const mergedNotice =
    rows && rows.merged
      ? [
          problem(
            'csv.rowsMerged',
            { rows: rows.merged, conflicts: rows.conflicts },
            { file: raw.nodes[0]?.origin.file ?? '' },
          ),
        ]
      : [];
  const guessed = guessNames(raw.nodes, raw.edges);
  const built = buildGraphFile(raw.title, guessed.nodes, guessed.edges, raw.directed);
  if (!built.ok) return built;
  const loaded = loadGraphValue(built.built.value);
  const place = (p: Problem) => relocate(p, built.built.nodeOrigins, built.built.edgeOrigins);
  const file = (raw.nodes[0] ?? raw.edges[0])?.origin.file;
  if (!loaded.ok) return { ok: false, problems: distinct(loaded.problems.map(place)) };
  return {
    ok: true,
    format,
    graph: loaded.graph,
    // A warning about the whole file (a summary) still names the file it is about.
    warnings: [
      ...mergedNotice,
      ...guessed.warnings,
      ...built.built.warnings,
      ...loaded.warnings.map(place),
    ].map((p) => (p.file === undefined && file !== undefined ? inFile(p, file) : p)),
  };
}

function importJson(file: SourceFile): ImportResult {
  const json = parseJsonText(file.text);
  const named = (p: Problem): Problem => inFile(p, file.name);
  if (!json.ok) return { ok: false, problems: json.problems.map(named) };
  const value = json.value;
  // Our own format names itself. A file that names no format but has `nodes` (and is not
  // Cytoscape's) is read as ours too, so its author gets our schema's messages.
  const ours =
    isRecord(value) &&
    ('format' in value || ('nodes' in value && !isCytoscapeJson(value) && !isNodeLink(value)));
  if (ours) {
    const loaded = loadGraphValue(value);
    if (!loaded.ok) return { ok: false, problems: loaded.problems.map(named) };
    return {
      ok: true,
      format: FORMAT_NAME,
      graph: loaded.graph,
      warnings: loaded.warnings.map(named),
    };
  }
  if (isNodeLink(value)) return fromRaw('node-link', readNodeLink(value, file.name));
  if (isCytoscapeJson(value)) return fromRaw('cytoscape-json', readCytoscapeJson(value, file.name));
  return {
    ok: false,
    problems: [problem('import.unknownJson', {}, { file: file.name })],
  };
}

/**
 * Imports a graph from the files a user chose: one JSON or GraphML file, or one or two CSV files.
 * In: decoded files. Out: a validated model with its format, or every problem found, each with
 * its file and place. Total: every reader it calls returns problems instead of throwing, and it
 * never returns a partial graph.
 */
export function importFiles(input: readonly SourceFile[]): ImportResult {
  if (input.length === 0) return { ok: false, problems: [problem('import.noFile', {})] };
  if (input.length > 2)
    return { ok: false, problems: [problem('import.tooManyFiles', { count: input.length })] };
  for (const f of input) {
    const size = byteLengthOver(f.text, LIMITS.maxBytes);
    if (size !== null)
      return { ok: false, problems: [tooLarge(size, LIMITS.maxBytes, { file: f.name })] };
  }
  const files = input.map((f) => ({ name: f.name, text: normaliseLineEndings(f.text) }));
  const blank = files.find((f) => f.text.replace(/^\uFEFF/, '').trim() === '');
  if (blank) return { ok: false, problems: [empty({ file: blank.name })] };
  const kinds = files.map(kindOf);
  const [file] = files;
  if (kinds.every((k) => k === 'csv') && files.length <= 2) return fromRaw('csv', readCsv(files));
  if (files.length > 1 || !file)
    return { ok: false, problems: [problem('import.tooManyFiles', { count: files.length })] };
  if (kinds[0] === 'xml')
    return isGexf(file.text)
      ? fromRaw('gexf', readGexf(file))
      : fromRaw('graphml', readGraphml(file));
  return importJson(file);
}
