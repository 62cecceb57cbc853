import Papa from 'papaparse';
import { LIMITS } from '../schema/limits';
import { problem, tooMany, type Problem, type Where } from '../schema/problems';
import { RESERVED_KEYS } from '../schema/reserved';
import {
  splitList,
  type AttributeValue,
  type GenericEdge,
  type GenericNode,
  type GenericResult,
  type SourceFile,
} from './types';

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

// Column names, compared without case, spaces, dashes or underscores.
const NODE_COLUMNS = {
  id: ['id'],
  label: ['label', 'name', 'labelen', 'nameen'],
  labelHi: ['labelhi', 'namehi', 'hi', 'hindi', 'labelhindi'],
  type: ['type', 'elementtype', 'kind', 'category'],
  sectors: ['sectors', 'sector', 'tags'],
  description: ['description', 'descriptionen', 'desc'],
  descriptionHi: ['descriptionhi', 'deschi'],
} as const;
const EDGE_COLUMNS = {
  id: ['id'],
  source: ['from', 'source'],
  target: ['to', 'target'],
  relation: ['relation', 'type', 'connectiontype', 'interaction', 'relationship'],
  label: ['label', 'labelen'],
  labelHi: ['labelhi', 'hi'],
} as const;

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

/** A column name as the reader compares it: no case, spaces, dashes, underscores or brackets. */
export const normColumn = (name: string) => name.toLowerCase().replace(/[\s_\-()]/g, '');
const norm = normColumn;

/** Every column name the reader gives a meaning to, normalised. */
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set(
  [...Object.values(NODE_COLUMNS), ...Object.values(EDGE_COLUMNS)].flat(),
);

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
    else if (seen.has(norm(name))) problems.push(problem('csv.duplicateColumn', { name }, where));
    seen.add(norm(name));
  });
  return { file: file.name, header, rows: body, rowCount: count - 1 };
}

function csvError(e: Papa.ParseError, where: Where): Problem {
  if (e.code === 'MissingQuotes') return problem('csv.unclosedQuote', {}, where);
  if (e.code === 'InvalidQuotes') return problem('csv.strayQuote', {}, where);
  return problem('csv.row', { detail: e.message }, where);
}

function columnIndex(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(norm(h)));
}

/** Which columns hold what, and every other column as an attribute. */
function mapColumns<K extends string>(
  header: readonly string[],
  spec: Readonly<Record<K, readonly string[]>>,
): { known: Map<K, number>; extra: [string, number][] } {
  const known = new Map<K, number>();
  for (const key of Object.keys(spec) as K[]) {
    const i = columnIndex(header, spec[key]);
    if (i >= 0 && ![...known.values()].includes(i)) known.set(key, i);
  }
  const used = new Set(known.values());
  const extra = header
    .map((name, i): [string, number] => [name, i])
    .filter(([name, i]) => !used.has(i) && name !== '');
  return { known, extra };
}

const isEdgeTable = (header: readonly string[]) =>
  columnIndex(header, EDGE_COLUMNS.source) >= 0 && columnIndex(header, EDGE_COLUMNS.target) >= 0;

function cellOf(row: Row, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const v = row.cells[index];
  if (v === undefined || v === '') return undefined;
  return unescapeFormula(v);
}

function attributesOf(row: Row, extra: readonly [string, number][]) {
  const out = new Map<string, AttributeValue>();
  for (const [name, i] of extra) {
    const v = cellOf(row, i);
    if (v !== undefined) out.set(name, v);
  }
  return out;
}

function fieldNames(header: readonly string[], known: ReadonlyMap<string, number>) {
  const out = new Map<string, string>();
  for (const [key, i] of known) out.set(key, header[i] ?? key);
  return out;
}

function readNodes(table: Table, problems: Problem[]): GenericNode[] {
  const { known, extra } = mapColumns(table.header, NODE_COLUMNS);
  const idCol = known.get('id');
  if (idCol === undefined) {
    problems.push(problem('csv.noIdColumn', {}, { file: table.file, line: 1 }));
    return [];
  }
  const fields = fieldNames(table.header, known);
  fields.set('label', fields.get('label') ?? 'label');
  return table.rows.flatMap((row) => {
    const id = cellOf(row, idCol);
    const origin = { file: table.file, line: row.line, path: '', fields };
    if (id === undefined) {
      problems.push(problem('csv.emptyId', {}, { ...origin, path: table.header[idCol] ?? 'id' }));
      return [];
    }
    const sectors = cellOf(row, known.get('sectors'));
    return [
      {
        id,
        label: cellOf(row, known.get('label')),
        labelHi: cellOf(row, known.get('labelHi')),
        type: cellOf(row, known.get('type')),
        sectors: splitList(sectors),
        description: cellOf(row, known.get('description')),
        descriptionHi: cellOf(row, known.get('descriptionHi')),
        attributes: attributesOf(row, extra),
        origin,
      },
    ];
  });
}

function readEdges(table: Table): GenericEdge[] {
  const { known, extra } = mapColumns(table.header, EDGE_COLUMNS);
  const fields = fieldNames(table.header, known);
  return table.rows.map((row) => ({
    id: cellOf(row, known.get('id')),
    source: cellOf(row, known.get('source')) ?? '',
    target: cellOf(row, known.get('target')) ?? '',
    relation: cellOf(row, known.get('relation')),
    label: cellOf(row, known.get('label')),
    labelHi: cellOf(row, known.get('labelHi')),
    attributes: attributesOf(row, extra),
    origin: { file: table.file, line: row.line, path: '', fields },
  }));
}

/**
 * Reads a nodes CSV and an edges CSV (Kumu-style columns; either file alone also works: edges
 * alone make a node of every end). In: one or two files. Out: records with their lines, or
 * every problem found with file and line. Unknown columns become attributes.
 */
export function readCsv(files: readonly SourceFile[]): GenericResult {
  const problems: Problem[] = [];
  const tables = files.flatMap((f) => readTable(f, problems) ?? []);
  const edgeTables = tables.filter((t) => isEdgeTable(t.header));
  const nodeTables = tables.filter((t) => !isEdgeTable(t.header));
  if (files.length > 2 || edgeTables.length > 1 || nodeTables.length > 1)
    problems.push(problem('import.csvPair', {}));
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
  const nodes = nodeTable ? readNodes(nodeTable, problems) : [];
  const edges = edgeTable ? readEdges(edgeTable) : [];
  if (problems.length) return { ok: false, problems };
  if (!nodeTable && edgeTable) {
    // Edges alone: every end named becomes a node, labelled by its id.
    const seen = new Set<string>();
    for (const e of edges)
      for (const [id, end] of [
        [e.source, 'source'],
        [e.target, 'target'],
      ] as const)
        if (id !== '' && !seen.has(id)) {
          seen.add(id);
          // Problems with such a node's id point at the column it was named in.
          const fields = new Map([['id', e.origin.fields?.get(end) ?? end]]);
          nodes.push({ id, sectors: [], attributes: new Map(), origin: { ...e.origin, fields } });
        }
  }
  const title = files.map((f) => f.name).join(' + ');
  return { ok: true, title, nodes, edges };
}
