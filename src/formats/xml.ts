import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem, type Problem } from '../schema/problems';
import { isRecord } from '../schema/values';
import { lineAndColumn } from './text';

export type Rec = Record<string, unknown>;

/** One or many children as a list: the parser gives a lone child as itself. */
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** An attribute of an element as text, if it has it. */
export const attr = (el: Rec, name: string): string | undefined => {
  const v = el[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
};

/**
 * Parses an XML file for the graph readers: entity declarations are refused rather than
 * expanded, malformed XML is placed by line and column, and names that would reach an object's
 * prototype are refused. Namespace prefixes are dropped (`viz:color` is `color`). In: the file
 * and the tags that may repeat. Out: the document, or one problem.
 */
export function parseXml(
  file: { name: string; text: string },
  repeated: readonly string[],
): { ok: true; doc: Rec } | { ok: false; problems: Problem[] } {
  const where = { file: file.name };
  const fail = (p: Problem) => ({ ok: false as const, problems: [p] });
  if (/<!ENTITY/i.test(file.text)) return fail(problem('xml.entity', {}, where));
  const badRef = badCharRef(file.text);
  if (badRef)
    return fail(problem('xml.badCharRef', { ref: badRef.ref }, { ...where, ...badRef.at }));
  const deep = tooDeepAt(file.text);
  if (deep) return fail(problem('xml.tooDeep', { limit: MAX_DEPTH }, { ...where, ...deep }));
  const valid = XMLValidator.validate(file.text);
  if (valid !== true)
    return fail(
      problem(
        'xml.malformed',
        { detail: valid.err.msg },
        { ...where, line: valid.err.line, column: valid.err.col },
      ),
    );
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // Numeric character references (&#233;) are text like any other; the ones XML forbids
    // were refused above.
    htmlEntities: true,
    maxNestedTags: MAX_DEPTH,
    isArray: (name) => repeated.includes(name),
  });
  try {
    const doc: unknown = parser.parse(file.text);
    return { ok: true, doc: isRecord(doc) ? doc : {} };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const named = /Invalid \w+: "([^"]+)" is a reserved/.exec(detail);
    if (named?.[1] !== undefined)
      return fail(problem('reserved.xmlName', { name: named[1] }, where));
    return fail(problem('xml.malformed', { detail }, where));
  }
}

/** Nesting deeper than any graph format uses; the parser refuses it too. */
const MAX_DEPTH = 100;

/** Whether a code point is a character XML 1.0 allows. */
const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** The first numeric character reference to a character XML forbids (`&#1;`), and where. */
function badCharRef(text: string): { ref: string; at: { line: number; column: number } } | null {
  const re = /&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(code)) return { ref: m[0], at: lineAndColumn(text, m.index) };
  }
  return null;
}

/** Where elements first nest deeper than {@link MAX_DEPTH}, if they do. */
function tooDeepAt(text: string): { line: number; column: number } | null {
  // Comments, CDATA, declarations and processing instructions do not nest.
  const re =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)[^\s/>]+(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  let depth = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith('<!') || m[0].startsWith('<?')) continue;
    if (m[1] === '/') depth--;
    else if (m[2] !== '/' && ++depth > MAX_DEPTH) return lineAndColumn(text, m.index);
  }
  return null;
}

/** The text of an element as the parser gives it, looking inside wrappers (yEd's labels). */
export function textOf(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string') return v === '' ? undefined : v;
  if (!isRecord(v) || depth > 8) return undefined;
  const own = v['#text'];
  if (typeof own === 'string' && own !== '') return own;
  for (const [k, child] of Object.entries(v)) {
    if (k.startsWith('@_')) continue;
    for (const item of list(child)) {
      const found = textOf(item, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Lines where each `<tag` starts, in document order, to place problems in the user's file. */
export function tagLines(text: string, tag: string): number[] {
  const lines: number[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s>/]`, 'g');
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

/**
 * Where the n-th `<node>` or `<edge>` of a file is, for problems: its line and how the user
 * finds it (`<node id="n3">`, or its number where it has no id).
 */
export function placeOf(
  file: string,
  kind: 'node' | 'edge',
  el: Rec,
  n: number,
  lines: readonly number[],
) {
  const id = attr(el, 'id');
  const path = id !== undefined ? `<${kind} id="${id}">` : `<${kind}> number ${n + 1}`;
  return { file, line: lines[n], path };
}

/**
 * Finds the first descendant with a tag, breadth first, within a few levels: an element, or
 * the text of one that holds only text.
 */
export function findTag(v: unknown, tag: string, depth = 0): unknown {
  if (!isRecord(v) || depth > 6) return undefined;
  for (const [k, child] of Object.entries(v)) {
    if (k.startsWith('@_')) continue;
    const [first] = list(child);
    if (k === tag && first !== undefined) return first;
  }
  for (const [k, child] of Object.entries(v)) {
    if (k.startsWith('@_')) continue;
    for (const item of list(child)) {
      const found = findTag(item, tag, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
