import type { CountedThing, JsonExpectation, Problem } from '../schema/problems';
import {
  addedWording,
  bytes,
  formatHelp,
  found,
  joined,
  n,
  over,
  typeName,
  type Wording,
} from './problemParts';
import { FIRST_EN, type Lang } from './strings';

const FORMAT_HELP_EN = formatHelp('en', FIRST_EN);

const COUNTED: Readonly<Record<CountedThing, string>> = {
  nodes: 'nodes',
  edges: 'edges',
  rows: 'rows',
  files: 'files',
  items: 'items',
  keys: 'keys',
  sectors: 'sectors',
  relations: 'relations',
  sources: 'sources',
  stories: 'stories',
};

const ONE: Readonly<
  Record<'sectors' | 'relations' | 'sources' | 'nodes' | 'edges' | 'stories', string>
> = {
  stories: 'story',
  sectors: 'sector',
  relations: 'relation',
  sources: 'source',
  nodes: 'node',
  edges: 'edge',
};

const EXPECTED: Readonly<Record<JsonExpectation, string>> = {
  value: 'expected a value',
  propertyName: 'expected a property name in double quotes',
  colon: "expected ':' after the property name",
  commaOrBrace: "expected ',' or '}'",
  commaOrBracket: "expected ',' or ']'",
  endOfFile: 'expected the end of the file',
  number: 'invalid number',
  escape: 'invalid escape in string',
  unicodeEscape: '\\u must be followed by four hex digits',
  noControlInString: 'strings cannot contain raw control characters or line breaks',
  closedString: 'a string is not closed',
  more: '',
};

/** An English noun with its article: `a person`, `an organisation`. */
const aOrAn = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;

const en: Wording = {
  'limit.tooLarge': (p) =>
    `the file is ${over('en', p.size, p.limit)}, over the limit of ${bytes('en', p.limit)}`,
  'limit.tooLargeStopped': (p) =>
    `the file is over the limit of ${bytes('en', p.limit)}; the download was stopped`,
  'limit.tooMany': (p) =>
    `has ${n('en', p.count)} ${COUNTED[p.what]}; the limit is ${n('en', p.limit)}`,
  'input.empty': () => 'the file is empty',
  'input.noRows': () => 'the file has no rows',
  'input.notUtf8': () =>
    'the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again',
  'input.unreadable': (p) => `the file could not be read (${p.detail})`,
  'input.internal': (p) =>
    `the file could not be read because of a fault in the app (${p.detail}); nothing was changed`,
  'import.noFile': () => `no file was given; ${FORMAT_HELP_EN}`,
  'import.tooManyFiles': (p) => `${n('en', p.count)} files were given; ${FORMAT_HELP_EN}`,
  'import.csvPair': () =>
    'choose one nodes CSV (with an "id" column) and one edges CSV (with "from" and "to" columns)',
  'import.unknownJson': () => `this JSON is not a graph the app knows; ${FORMAT_HELP_EN}`,
  'json.syntax': (p) => `malformed JSON: ${joined(EXPECTED[p.expected], found('en', p.found))}`,
  'json.tooDeep': () => 'the JSON is nested too deeply to read',
  'reserved.key': (p) => `"${p.key}" is not allowed as a name; rename it`,
  'reserved.attribute': (p) =>
    `the ${p.kind} has an attribute named "${p.key}", which is not allowed; rename it`,
  'reserved.column': (p) => `the column name "${p.name}" is not allowed; rename it`,
  'reserved.xmlName': (p) => `the name "${p.name}" is not allowed in the XML; rename it`,
  'reserved.id': (p) => `"${p.id}" is a reserved name and cannot be an id; rename it`,
  'schema.required': () => 'is required',
  'schema.type': (p) => `expected ${p.expected}, got ${p.got}`,
  'schema.literal': (p) => `must be ${p.expected} (got ${p.got})`,
  'schema.version': (p) => `this app reads version ${p.expected} of the format (got ${p.got})`,
  'schema.enum': (p) => `${p.got} is not allowed; use one of: ${p.allowed}`,
  'schema.tooLong': (p) => `is longer than ${n('en', p.limit)} characters`,
  'schema.max': (p) => `must be at most ${n('en', p.limit)}`,
  'schema.tooFew': (p) => `needs at least ${n('en', p.limit)} items`,
  'schema.min': (p) => `must be at least ${n('en', p.limit)}`,
  'schema.above': (p) => `must be more than ${n('en', p.limit)}`,
  'schema.empty': () => 'must not be empty',
  'schema.unknownField': () => 'is not a known field',
  'schema.whitespace': () => 'must not start or end with white space',
  'schema.control': () => 'must not contain control characters',
  'schema.date': () => 'must be YYYY, YYYY-MM, YYYY-MM-DD or "unknown"',
  'schema.partialDate': () => 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  'schema.url': () => 'must be an http:// or https:// address',
  'schema.language': () => 'must be a language code such as "hi"',
  'schema.colour': () => 'must be a colour like "#1d4ed8"',
  'schema.invalid': (p) => joined('has an invalid value', p.detail),
  'id.duplicate': (p) =>
    `"${p.id}" is already the id of ${p.first}; ${ONE[p.what]} ids must be unique`,
  'id.duplicateAcross': (p) =>
    `"${p.id}" is already the id of ${p.first}; ids must be unique across nodes and edges`,
  'ref.node': (p) => `"${p.id}" is not a node id`,
  'ref.sector': (p) => `"${p.id}" is not a sector id; declare it under "sectors"`,
  'ref.relation': (p) => `"${p.id}" is not a relation id; declare it under "relations"`,
  'ref.source': (p) => `"${p.id}" is not a source id; declare it under "sources"`,
  'ref.edge': (p) => `"${p.id}" is not a relationship id`,
  'ref.quote': (p) =>
    `the relationship "${p.id}" has ${p.count === 1 ? 'one quote' : `${n('en', p.count)} quotes`}, counted from 0`,
  'ref.notOrganisation': (p) =>
    `"${p.id}" is ${aOrAn(typeName('en', p.type))}, not an organisation, government body or country`,
  'ref.notMeeting': (p) => `"${p.id}" is ${aOrAn(typeName('en', p.type))}, not a meeting`,
  'sectors.repeated': () => 'lists a sector more than once',
  'evidence.missing': () => 'has no evidence; add the sentence that supports it',
  'evidence.selectorQuote': () =>
    "the selector's exact text is not the quote; they must be the same",
  'evidence.selectorOrder': () => "the selector's end comes before its start",
  'date.order': (p) => `ends (${p.end}) before it starts (${p.start})`,
  'evidence.notInSource': (p) => `the quote is not in the text of source "${p.source}"`,
  'evidence.moved': (p) =>
    `the quote is in source "${p.source}", but not where its selector says; it was found by its words`,
  'evidence.nearest': (p) =>
    `the quote is not in the text of source "${p.source}"; nearest: “${p.nearest}” (${n('en', p.likeness)}% alike)`,
  'limit.sourceText': (p) =>
    `the source's text is ${over('en', p.size, p.limit)}, over the limit of ${bytes('en', p.limit)} for one source`,
  'evidence.missingMany': (p) =>
    `${n('en', p.count)} relationships have no evidence; add the sentence each rests on (a "quote" column, or "provenance" in this app’s JSON)`,
  'import.namesGuessed': (p) =>
    p.role === 'label'
      ? `"${p.from}" holds codes, so node names were taken from "${p.to}"; the codes are kept under "label (before)" (Fields in the side panel changes this)`
      : `"${p.from}" holds codes, so relations were taken from "${p.to}"; the codes are kept under "relation (before)" (Fields in the side panel changes this)`,
  'ids.edgesRenamed': (p) =>
    `${n('en', p.count)} edge ids were also node ids; those edges were given new ids, and each keeps its original under "id"`,
  'csv.unclosedQuote': () => 'a quoted cell is never closed; add the closing "',
  'csv.strayQuote': () => 'a cell has a stray quote; write "" for a quote inside quotes',
  'csv.row': (p) => `could not read the row: ${p.detail}`,
  'csv.unnamedColumn': () => 'a column has no name; name it',
  'csv.duplicateColumn': (p) => `the column "${p.name}" appears twice`,
  'csv.noIdColumn': () => 'the nodes file has no "id" column; add one with a unique id per row',
  'csv.emptyId': () => 'the id is empty',
  'csv.rowsMerged': (p) =>
    `${n('en', p.rows)} ${p.rows === 1 ? 'row repeats' : 'rows repeat'} a node id above and ${p.rows === 1 ? 'was' : 'were'} merged into it: blanks filled, ${p.conflicts === 0 ? 'no value in conflict' : `${n('en', p.conflicts)} conflicting ${p.conflicts === 1 ? 'value' : 'values'} left as the first row has ${p.conflicts === 1 ? 'it' : 'them'}`}`,
  'csv.tooManyCells': (p) =>
    `the row has ${n('en', p.cells)} cells but there are ${n('en', p.columns)} columns; a line break or a quote is probably missing`,
  'cy.notList': (p) => `must be a list, not ${p.got}`,
  'cy.badElements': (p) => `must be a list or an object with "nodes" and "edges", not ${p.got}`,
  'cy.noData': () => 'must be an object with a "data" object',
  'cy.badId': (p) => `must be a string or number, not ${p.got}`,
  'xml.entity': () => 'entity declarations (<!ENTITY) are not read; remove them',
  'xml.malformed': (p) => `malformed XML: ${p.detail}`,
  'xml.badCharRef': (p) => `${p.ref} is not a character XML allows; remove it`,
  'xml.tooDeep': (p) =>
    `elements are nested more than ${n('en', p.limit)} deep here; no graph file needs that`,
  'xml.notGraphml': () => 'this XML is not GraphML: it has no <graphml> element',
  'xml.notGexf': () => 'this GEXF file has no <graph> element',
  'xml.noNodeId': () => 'the node has no id attribute',
  'remote.httpsOnly': () =>
    'only https:// addresses and files on this site can be loaded; check the data= part of the link',
  'remote.unreachable': () =>
    'the server could not be reached, or it does not allow this page to read the file (CORS); the server must send Access-Control-Allow-Origin',
  'remote.redirect': (p) =>
    `the server redirected to ${p.url}, which is not https://; nothing was loaded`,
  'remote.status': (p) => `the server answered ${p.status}; check the address`,
  'remote.contentType': (p) =>
    `the server sent ${p.type}, not a graph file (JSON, GraphML or CSV); check the address`,
  'remote.brokeOff': () => 'the download broke off; try again',
  'remote.credentials': (p) =>
    `the address carries a user name or password before ${p.host}; such addresses are not loaded, remove the part before @`,
  'remote.redirectBlocked': () =>
    'the server sent the request on to another address, and the browser would not follow it (to plain http://, or to a site that does not allow this page to read it); nothing was loaded',
  'remote.timeout': (p) =>
    `the server sent nothing for ${n('en', p.seconds)} seconds, so the download was stopped; nothing was loaded, try again later`,
  'remote.superseded': () => 'stopped, because another file was opened meanwhile',
  'problems.more': (p) => `…and ${n('en', p.count)} more problem${p.count === 1 ? '' : 's'}`,
};

/** What a problem says, in a language, without where it is. */
export function problemMessage(p: Problem, lang: Lang): string {
  // Each member of the Problem union pairs a code with its own parameters; indexing the table
  // by that code gives the function for exactly those parameters.
  const word = (addedWording(lang) ?? en)[p.code] as (params: Problem['params']) => string;
  return word(p.params);
}

/** One line for a problem: `file: line 3, column 5: edges[2].id: message`, in a language. */
export function formatProblem(p: Problem, lang: Lang): string {
  const where: string[] = [];
  if (p.file) where.push(p.file);
  if (p.line !== undefined) {
    const line = lang === 'en' ? `line ${p.line}` : `पंक्ति ${p.line}`;
    const column = lang === 'en' ? `column ${p.column}` : `स्तंभ ${p.column}`;
    where.push(p.column !== undefined ? `${line}, ${column}` : line);
  }
  if (p.path) where.push(p.path);
  const message = problemMessage(p, lang);
  return where.length ? `${where.join(': ')}: ${message}` : message;
}
