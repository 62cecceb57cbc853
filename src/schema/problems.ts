import type * as z from 'zod/mini';
import { isRecord } from './values';
import { LIMITS } from './limits';
import { byteLengthOver, clip, clipMiddle, MAX_SHOWN } from './text';

/**
 * Every kind of problem an input can have, with the parameters its message needs. Producers
 * build problems from these codes; the interface words them through the i18n table in the
 * reader's language (src/i18n/problems.ts), so no sentence is written here.
 *
 * Parameters named `what`, `kind`, `type`, `expected` and `found` hold words from small closed
 * sets that the table translates too; every other parameter is shown as given.
 */
export interface ProblemParams {
  // Limits, one helper each (see tooLarge, tooMany, empty below).
  'limit.tooLarge': { size: number; limit: number };
  'limit.tooLargeStopped': { limit: number };
  'limit.tooMany': { what: CountedThing; count: number; limit: number };
  'input.empty': Record<string, never>;
  'input.noRows': Record<string, never>;
  'input.notUtf8': Record<string, never>;
  'input.unreadable': { detail: string };
  'input.internal': { detail: string };
  // Choosing files.
  'import.noFile': Record<string, never>;
  'import.tooManyFiles': { count: number };
  'import.csvPair': Record<string, never>;
  'import.unknownJson': Record<string, never>;
  // JSON text.
  'json.syntax': { expected: JsonExpectation; found: string };
  'json.tooDeep': Record<string, never>;
  // Names that reach an object's prototype.
  'reserved.key': { key: string };
  'reserved.attribute': { kind: 'node' | 'edge'; key: string };
  'reserved.column': { name: string };
  'reserved.xmlName': { name: string };
  'reserved.id': { id: string };
  // The schema.
  'schema.required': Record<string, never>;
  'schema.type': { expected: string; got: string };
  'schema.literal': { expected: string; got: string };
  'schema.version': { expected: string; got: string };
  'schema.enum': { got: string; allowed: string };
  'schema.tooLong': { limit: number };
  'schema.max': { limit: number };
  'schema.tooFew': { limit: number };
  'schema.min': { limit: number };
  'schema.above': { limit: number };
  'schema.empty': Record<string, never>;
  'schema.unknownField': Record<string, never>;
  'schema.whitespace': Record<string, never>;
  'schema.control': Record<string, never>;
  'schema.date': Record<string, never>;
  'schema.partialDate': Record<string, never>;
  'schema.url': Record<string, never>;
  'schema.language': Record<string, never>;
  'schema.colour': Record<string, never>;
  'schema.invalid': { detail: string };
  // Meaning: ids and references.
  'id.duplicate': {
    id: string;
    first: string;
    what: 'nodes' | 'edges' | 'sectors' | 'relations' | 'sources' | 'stories';
  };
  'id.duplicateAcross': { id: string; first: string };
  'ref.node': { id: string };
  'ref.sector': { id: string };
  'ref.relation': { id: string };
  'ref.source': { id: string };
  'ref.edge': { id: string };
  'ref.quote': { id: string; count: number };
  'ref.notOrganisation': { id: string; type: string };
  'ref.notMeeting': { id: string; type: string };
  'sectors.repeated': Record<string, never>;
  'evidence.missing': Record<string, never>;
  'evidence.missingMany': { count: number };
  'evidence.selectorQuote': Record<string, never>;
  'evidence.selectorOrder': Record<string, never>;
  'date.order': { start: string; end: string };
  'evidence.notInSource': { source: string };
  'evidence.moved': { source: string };
  'evidence.nearest': { source: string; nearest: string; likeness: number };
  'limit.sourceText': { size: number; limit: number };
  'ids.edgesRenamed': { count: number };
  'import.namesGuessed': { role: 'label' | 'relation'; from: string; to: string };
  // CSV.
  'csv.unclosedQuote': Record<string, never>;
  'csv.strayQuote': Record<string, never>;
  'csv.row': { detail: string };
  'csv.unnamedColumn': Record<string, never>;
  'csv.duplicateColumn': { name: string };
  'csv.noIdColumn': Record<string, never>;
  'csv.emptyId': Record<string, never>;
  'csv.rowsMerged': { rows: number; conflicts: number };
  'csv.tooManyCells': { cells: number; columns: number };
  // Cytoscape JSON.
  'cy.notList': { got: string };
  'cy.badElements': { got: string };
  'cy.noData': Record<string, never>;
  'cy.badId': { got: string };
  // XML.
  'xml.entity': Record<string, never>;
  'xml.malformed': { detail: string };
  'xml.badCharRef': { ref: string };
  'xml.tooDeep': { limit: number };
  'xml.notGraphml': Record<string, never>;
  'xml.notGexf': Record<string, never>;
  'xml.noNodeId': Record<string, never>;
  // Fetching ?data=.
  'remote.httpsOnly': Record<string, never>;
  'remote.unreachable': Record<string, never>;
  'remote.redirect': { url: string };
  'remote.status': { status: string };
  'remote.contentType': { type: string };
  'remote.brokeOff': Record<string, never>;
  'remote.credentials': { host: string };
  'remote.redirectBlocked': Record<string, never>;
  'remote.timeout': { seconds: number };
  'remote.superseded': Record<string, never>;
  // The closing line of a capped list.
  'problems.more': { count: number };
}

export type ProblemCode = keyof ProblemParams;

/** Things a limit counts. */
export type CountedThing =
  | 'nodes'
  | 'edges'
  | 'rows'
  | 'files'
  | 'items'
  | 'keys'
  | 'sectors'
  | 'relations'
  | 'sources'
  | 'stories';

/** What the JSON reader expected where the text went wrong. */
export type JsonExpectation =
  | 'value'
  | 'propertyName'
  | 'colon'
  | 'commaOrBrace'
  | 'commaOrBracket'
  | 'endOfFile'
  | 'number'
  | 'escape'
  | 'unicodeEscape'
  | 'noControlInString'
  | 'closedString'
  | 'more';

/** Where a problem is: the file, the line and column (text inputs), the path inside. */
export interface Where {
  /** Where in the document, e.g. `edges[12].target`; empty for the whole file. */
  readonly path?: string;
  /** 1-based, where the input is text and the place is known. */
  readonly line?: number;
  readonly column?: number;
  /** The file the problem is in, where there are several. */
  readonly file?: string;
}

interface Located {
  readonly path: string;
  readonly line?: number;
  readonly column?: number;
  readonly file?: string;
}

/** One thing wrong with an input: what (a code and its parameters) and where. */
export type Problem = {
  readonly [C in ProblemCode]: Located & { readonly code: C; readonly params: ProblemParams[C] };
}[ProblemCode];

/** Builds a problem. The one place a code meets its parameters. */
export function problem<C extends ProblemCode>(
  code: C,
  params: ProblemParams[C],
  where: Where = {},
): Problem {
  const located: Located & { code: C; params: ProblemParams[C] } = {
    path: clip(where.path ?? ''),
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    ...(where.file !== undefined ? { file: clipMiddle(where.file) } : {}),
    code,
    params: clipStrings(params),
  };
  // The mapped union cannot see that a generic C picks one of its members; the line above did.
  return located as Problem;
}

/** A copy of a parameter object with every text value clipped. */
function clipStrings<T extends object>(params: T): T {
  const out = { ...params };
  for (const [key, value] of Object.entries(out))
    if (typeof value === 'string' && value.length > MAX_SHOWN) Reflect.set(out, key, clip(value));
  return out;
}

/** The same problem, said to be in a file. */
export const inFile = (p: Problem, file: string): Problem => ({ ...p, file: clipMiddle(file) });

/** Moves a problem to another place, keeping what it says. */
export function relocated(p: Problem, where: Where): Problem {
  const { line: _l, column: _c, file: _f, ...rest } = p;
  return {
    ...rest,
    path: clip(where.path ?? ''),
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.column !== undefined ? { column: where.column } : {}),
    ...(where.file !== undefined ? { file: clipMiddle(where.file) } : {}),
  };
}

/** The file holds more bytes than the limit; its size is null when reading stopped early. */
export const tooLarge = (size: number | null, limit: number, where?: Where) =>
  size === null
    ? problem('limit.tooLargeStopped', { limit }, where)
    : problem('limit.tooLarge', { size, limit }, where);
/** The input has more of something than the limit. */
export const tooMany = (what: CountedThing, count: number, limit: number, where?: Where) =>
  problem('limit.tooMany', { what, count, limit }, where);
/** The file holds nothing but white space. */
export const empty = (where?: Where) => problem('input.empty', {}, where);

/** At most this many problems are listed; the rest are counted in one closing line. */
export const MAX_PROBLEMS = 200;

const plainKey = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Turns a path of keys and indexes into the notation authors read: `edges[12].target`.
 * Keys that are not plain identifiers are quoted: `attributes["two words"]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const k = String(key);
      out += plainKey.test(k) ? (out ? `.${k}` : k) : `[${JSON.stringify(k)}]`;
    }
  }
  return out;
}

/**
 * Says a problem that recurs once, with its count, instead of once per record: a file with
 * 613 edges without evidence gets one line saying so, ahead of the rest. Out: the summaries
 * first, then every other problem in order.
 */
export function summarise(problems: readonly Problem[]): Problem[] {
  const missing = problems.filter((p) => p.code === 'evidence.missing');
  if (missing.length < 2) return [...problems];
  return [
    // Said of the edges as a whole, so a reader of two files can name the one they came from.
    problem(
      'evidence.missingMany',
      { count: missing.length },
      { file: missing[0]?.file, path: 'edges' },
    ),
    ...problems.filter((p) => p.code !== 'evidence.missing'),
  ];
}

/** Caps a list of problems at {@link MAX_PROBLEMS}, saying how many were left out. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    problem('problems.more', { count: problems.length - MAX_PROBLEMS }),
  ];
}

/**
 * A short, language-neutral picture of a value for messages: `3`, `null`, `"text"`, `[…]`,
 * `{…}`. Long strings are cut.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[…]';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return '{…}';
    default:
      return typeof value;
  }
}

type Issue = z.core.$ZodIssue;

/** Codes the schema gives as its own messages (`{ error: 'schema.date' }`); none has parameters. */
export const SCHEMA_CODES = [
  'schema.empty',
  'schema.whitespace',
  'schema.control',
  'schema.date',
  'schema.partialDate',
  'schema.url',
  'schema.language',
  'schema.colour',
] as const satisfies readonly ProblemCode[];
type SchemaCode = (typeof SCHEMA_CODES)[number];
const isSchemaCode = (s: string): s is SchemaCode =>
  (SCHEMA_CODES as readonly string[]).includes(s);

const COUNTED_LISTS = [
  'nodes',
  'edges',
  'sectors',
  'relations',
  'sources',
  'stories',
] as const satisfies readonly CountedThing[];
/** What a list at a path holds, for a too-many message: `nodes` at `nodes`, else items. */
function countedAt(path: readonly PropertyKey[]): CountedThing {
  const last = path.at(-1);
  return COUNTED_LISTS.find((name) => name === last) ?? 'items';
}

function fromIssue(issue: Issue, where: Where): Problem {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? problem('schema.required', {}, where)
        : problem(
            'schema.type',
            { expected: issue.expected, got: describeValue(issue.input) },
            where,
          );
    case 'invalid_value':
      if (issue.values.length === 1)
        return problem(
          issue.path.length === 1 && issue.path[0] === 'version'
            ? 'schema.version'
            : 'schema.literal',
          { expected: describeValue(issue.values[0]), got: describeValue(issue.input) },
          where,
        );
      return problem(
        'schema.enum',
        { got: describeValue(issue.input), allowed: issue.values.map(String).join(', ') },
        where,
      );
    case 'too_big':
      if (issue.origin === 'string')
        return problem('schema.tooLong', { limit: Number(issue.maximum) }, where);
      if (issue.origin === 'array' && Array.isArray(issue.input))
        return tooMany(countedAt(issue.path), issue.input.length, Number(issue.maximum), where);
      return problem('schema.max', { limit: Number(issue.maximum) }, where);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return problem('schema.empty', {}, where);
      if (issue.origin === 'number')
        return problem(
          issue.inclusive ? 'schema.min' : 'schema.above',
          {
            limit: Number(issue.minimum),
          },
          where,
        );
      return problem('schema.tooFew', { limit: Number(issue.minimum) }, where);
    case 'invalid_key': {
      // A record's key failed its own check; that check says why.
      const inner = issue.issues[0];
      return inner
        ? fromIssue({ ...inner, path: issue.path }, where)
        : problem('schema.invalid', { detail: '' }, where);
    }
    case 'invalid_union': {
      // Unions here are "unknown" or a pattern; the last branch carries the useful message.
      const branch = issue.errors.at(-1)?.[0];
      return branch ? fromIssue(branch, where) : problem('schema.invalid', { detail: '' }, where);
    }
    default:
      if (issue.message === 'limit.keys' && isRecord(issue.input))
        return tooMany('keys', Object.keys(issue.input).length, LIMITS.maxAttributes, where);
      if (issue.message === 'limit.sourceText' && typeof issue.input === 'string')
        return problem(
          'limit.sourceText',
          {
            size: byteLengthOver(issue.input, LIMITS.maxSourceTextBytes) ?? issue.input.length,
            limit: LIMITS.maxSourceTextBytes,
          },
          where,
        );
      if (issue.message === 'reserved.id')
        return problem('reserved.id', { id: String(issue.input) }, where);
      if (isSchemaCode(issue.message)) return problem(issue.message, {}, where);
      return problem('schema.invalid', { detail: issue.message }, where);
  }
}

/**
 * Converts zod issues into located problems, one per unknown key. `prefix` is where the value
 * checked sits in the file; `out` collects them without spreading a long list into a call.
 */
export function problemsFromZod(
  issues: readonly Issue[],
  prefix: readonly PropertyKey[] = [],
  out: Problem[] = [],
): Problem[] {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(problem('schema.unknownField', {}, { path: formatPath([...path, key]) }));
    } else out.push(fromIssue({ ...issue, path }, { path: formatPath(path) }));
  }
  return out;
}
