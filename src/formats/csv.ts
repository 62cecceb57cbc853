import type { AttributeValue } from '../graph/model';
import Papa from 'papaparse';
import { LIMITS } from '../schema/limits';
import { problem, tooMany, type Problem, type Where } from '../schema/problems';
import { RESERVED_KEYS } from '../schema/reserved';
import { edgeFieldOf, nodeFieldOf, normName } from './fields';
import type { RawRecord, RawResult, SourceFile } from './types';

interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

interface Table {
  readonly file: string;
  /** Column names as written, trimmed. */
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  /** Data rows in the file, counted past the ones kept when over the limits. */
  readonly rowCount: number;
}

// Cells a spreadsheet would run as a formula, after any quotes already escaping them.
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

/**
 * Guards a cell against formula injection: one more leading quote before anything formula-like
 * (also before quotes already there, so {@link unescapeFormula} undoes exactly this).
 */
export const escapeFormula = (v: string) => (FORMULA_LIKE.test(v) ? `'${v}` : v);

/** Undoes {@link escapeFormula}. */
export const unescapeFormula = (v: string) =>
  v.startsWith("'") && FORMULA_LIKE.test(v) ? v.slice(1) : v;

/** Reads one CSV text into rows with the line each starts on. */
function readTable(file: SourceFile, problems: Problem[]): Table | null {
  const rows: Row[] = [];
  let count = 0;
  let line = 1;
  let consumed = 0;
  const text = file.text;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (result) => {
      const start = line;
      const end = result.meta.cursor;
      for (let i = consumed; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      consumed = end;
      // A one-column file has no delimiter to detect; that is not a problem.
      for (const e of result.errors)
        if (e.code !== 'UndetectableDelimiter')
          problems.push(csvError(e, { file: file.name, line: start }));
      count++;
      if (rows.length <= LIMITS.maxNodes + LIMITS.maxEdges)
        rows.push({ line: start, cells: result.data.map((c) => c.trim()) });
    },
  });
  const [head, ...body] = rows;
  if (!head) {
    problems.push(problem('input.noRows', {}, { file: file.name }));
    return null;
  }
  const header = head.cells;
  const seen = new Set<string>();
  header.forEach((name, i) => {
    const where = { file: file.name, line: head.line, path: `column ${i + 1}` };
    if (name === '') problems.push(problem('csv.unnamedColumn', {}, where));
    else if (RESERVED_KEYS.has(name)) problems.push(problem('reserved.column', { name }, where));
    else if (seen.has(normName(name)))
      problems.push(problem('csv.duplicateColumn', { name }, where));
    seen.add(normName(name));
  });
  // A row with more cells than there are columns has lost its line break or has a stray
  // delimiter; reading on would shift its values into the wrong columns.
  for (const row of body)
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c !== ''))
      problems.push(
        problem(
          'csv.tooManyCells',
          { cells: row.cells.length, columns: header.length },
          { file: file.name, line: row.line },
        ),
      );
  return { file: file.name, header, rows: body, rowCount: count - 1 };
}

function csvError(e: Papa.ParseError, where: Where): Problem {
  if (e.code === 'MissingQuotes') return problem('csv.unclosedQuote', {}, where);
  if (e.code === 'InvalidQuotes') return problem('csv.strayQuote', {}, where);
  return problem('csv.row', { detail: e.message }, where);
}

/** True for a table whose columns name both ends of a connection. */
function isEdgeTable(header: readonly string[]): boolean {
  const fields = new Set(header.map((h) => edgeFieldOf(h)?.field));
  return fields.has('source') && fields.has('target');
}

/** True for a table that can name its elements: an id column, or Kumu's label column. */
function namesItsRows(header: readonly string[]): boolean {
  return header.some((h) => ['id', 'label'].includes(nodeFieldOf(h)?.field ?? ''));
}

/** A table's rows as raw records: each non-empty cell under its column's name. */
function recordsOf(table: Table): RawRecord[] {
  return table.rows.map((row) => {
    const fields = new Map<string, AttributeValue>();
    table.header.forEach((name, i) => {
      const cell = row.cells[i];
      if (cell !== undefined && cell !== '') fields.set(name, unescapeFormula(cell));
    });
    return { native: new Map(), fields, origin: { file: table.file, line: row.line, path: '' } };
  });
}

/**
 * Nodes for an edge list with no nodes file: one per end named, labelled by its name. Problems
 * with such a node's id point at the column and row that named it.
 */
function impliedNodes(edges: readonly RawRecord[]): RawRecord[] {
  const nodes: RawRecord[] = [];
  const seen = new Set<string>();
  for (const e of edges)
    for (const [name, value] of e.fields) {
      const field = edgeFieldOf(name)?.field;
      const id = typeof value === 'string' ? value.trim() : '';
      if ((field !== 'source' && field !== 'target') || id === '' || seen.has(id)) continue;
      seen.add(id);
      nodes.push({
        native: new Map([['id', id]]),
        fields: new Map(),
        origin: e.origin,
        nativeNames: new Map([['id', name]]),
      });
    }
  return nodes;
}

/**
 * Reads spreadsheets: a nodes CSV and an edges CSV in either order, Kumu's layout (elements
 * named by their Label, connections From/To by label), or an edge list alone (`source,target`
 * with any other columns; its ends become the nodes). In: one or two files. Out: records with
 * their lines, or every problem found with file and line.
 */
export function readCsv(files: readonly SourceFile[]): RawResult {
  const problems: Problem[] = [];
  const tables = files.flatMap((f) => readTable(f, problems) ?? []);
  const edgeTables = tables.filter((t) => isEdgeTable(t.header));
  const nodeTables = tables.filter((t) => !isEdgeTable(t.header));
  if (edgeTables.length > 1 || nodeTables.length > 1) problems.push(problem('import.csvPair', {}));
  const nodeTable = nodeTables[0];
  const edgeTable = edgeTables[0];
  for (const [table, what, limit] of [
    [nodeTable, 'nodes', LIMITS.maxNodes],
    [edgeTable, 'edges', LIMITS.maxEdges],
  ] as const)
    if (table && table.rowCount > limit)
      return {
        ok: false,
        problems: [tooMany(what, table.rowCount, limit, { file: table.file, path: what })],
      };
  if (nodeTable && !namesItsRows(nodeTable.header))
    problems.push(problem('csv.noIdColumn', {}, { file: nodeTable.file, line: 1 }));
  if (problems.length) return { ok: false, problems };
  const edges = edgeTable ? recordsOf(edgeTable) : [];
  const nodes = nodeTable ? recordsOf(nodeTable) : impliedNodes(edges);
  const title = files.map((f) => f.name).join(' + ');
  return { ok: true, title, nodes, edges };
}
