import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { isRecord } from '../schema/values';
import { normName } from './build';
import { LIMITS } from '../schema/limits';
import { problem, tooMany, type Problem } from '../schema/problems';
import {
  splitList,
  type AttributeValue,
  type GenericEdge,
  type GenericNode,
  type GenericResult,
  type Origin,
} from './types';

type Rec = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['graph', 'node', 'edge', 'data', 'key'].includes(name),
});

interface Key {
  readonly name: string;
  readonly type: string;
  readonly fallback?: string;
}

// attr.name values we read ourselves, compared without case, spaces, dashes or underscores.
const NODE_FIELDS = new Map([
  ['label', 'label'],
  ['name', 'label'],
  ['labelhi', 'labelHi'],
  ['namehi', 'labelHi'],
  ['type', 'type'],
  ['sectors', 'sectors'],
  ['sector', 'sectors'],
  ['description', 'description'],
  ['descriptionhi', 'descriptionHi'],
]);
const EDGE_FIELDS = new Map([
  ['relation', 'relation'],
  ['interaction', 'relation'],
  ['type', 'relation'],
  ['label', 'label'],
  ['labelhi', 'labelHi'],
]);

/** The text of an element as the parser gives it, looking inside yEd's label wrappers. */
function textOf(v: unknown, depth = 0): string | undefined {
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

function typed(value: string, type: string): AttributeValue {
  if (['int', 'long', 'float', 'double'].includes(type)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function readKeys(root: Rec): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of list(root.key)) {
    if (!isRecord(k)) continue;
    const id = k['@_id'];
    if (typeof id !== 'string') continue;
    const name = k['@_attr.name'];
    const type = k['@_attr.type'];
    // yEd keeps the visible label inside its graphics data, under a key with no attr.name.
    const yed = k['@_yfiles.type'];
    const yedLabel = yed === 'nodegraphics' || yed === 'edgegraphics';
    keys.set(id, {
      name: typeof name === 'string' && name !== '' ? name : yedLabel ? 'label' : id,
      type: typeof type === 'string' ? type : 'string',
      fallback: textOf(k.default),
    });
  }
  return keys;
}

/** An element's `<data>` values by key name, with the keys' defaults filled in. */
function valuesOf(el: Rec, keys: ReadonlyMap<string, Key>, forKind: string, root: Rec) {
  const out = new Map<string, AttributeValue>();
  for (const k of list(root.key))
    if (isRecord(k) && (k['@_for'] === forKind || k['@_for'] === 'all')) {
      const key = typeof k['@_id'] === 'string' ? keys.get(k['@_id']) : undefined;
      if (key?.fallback !== undefined) out.set(key.name, typed(key.fallback, key.type));
    }
  for (const d of list(el.data)) {
    if (!isRecord(d) || typeof d['@_key'] !== 'string') continue;
    const key = keys.get(d['@_key']) ?? { name: d['@_key'], type: 'string' };
    const v = textOf(d);
    if (v !== undefined) out.set(key.name, typed(v, key.type));
  }
  return out;
}

function split(values: Map<string, AttributeValue>, fields: ReadonlyMap<string, string>) {
  const known = new Map<string, string>();
  const rest = new Map<string, AttributeValue>();
  for (const [name, v] of values) {
    const field = fields.get(normName(name));
    if (field !== undefined && !known.has(field) && v !== null) known.set(field, String(v));
    else rest.set(name, v);
  }
  return { known, rest };
}

/** Lines where each `<node` and `<edge` tag starts, in document order. */
function tagLines(text: string, tag: string): number[] {
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
 * Reads GraphML as Gephi, yEd and Cytoscape desktop write it, nested graphs flattened. In: the
 * file. Out: records with their lines, or problems (XML errors with line and column). Keys
 * named label/name, type, sectors, description and relation are read; all others are kept.
 * Entity declarations are refused rather than expanded.
 */
export function readGraphml(file: { name: string; text: string }): GenericResult {
  const where = { file: file.name };
  const fail = (...problems: Problem[]): GenericResult => ({ ok: false, problems });
  if (/<!ENTITY/i.test(file.text)) return fail(problem('xml.entity', {}, where));
  const valid = XMLValidator.validate(file.text);
  if (valid !== true)
    return fail(
      problem(
        'xml.malformed',
        { detail: valid.err.msg },
        { ...where, line: valid.err.line, column: valid.err.col },
      ),
    );
  let doc: unknown;
  try {
    doc = parser.parse(file.text);
  } catch (error) {
    const named =
      error instanceof Error ? /Invalid \w+: "([^"]+)" is a reserved/.exec(error.message) : null;
    if (named?.[1] !== undefined)
      return fail(problem('reserved.xmlName', { name: named[1] }, where));
    return fail(
      problem(
        'xml.malformed',
        { detail: error instanceof Error ? error.message : String(error) },
        where,
      ),
    );
  }
  const root = isRecord(doc) ? doc.graphml : undefined;
  if (!isRecord(root)) return fail(problem('xml.notGraphml', {}, where));
  const keys = readKeys(root);
  const nodeLines = tagLines(file.text, 'node');
  const edgeLines = tagLines(file.text, 'edge');
  const nodes: GenericNode[] = [];
  const edges: GenericEdge[] = [];
  const problems: Problem[] = [];
  const origin = (kind: 'node' | 'edge', id: unknown, n: number, lines: number[]): Origin => ({
    file: file.name,
    line: lines[n],
    path: typeof id === 'string' ? `<${kind} id="${id}">` : `<${kind}> number ${n + 1}`,
    fields: new Map([
      ['id', 'id'],
      ['source', 'source'],
      ['target', 'target'],
    ]),
  });
  let nodeCount = 0;
  let edgeCount = 0;
  const walk = (graph: unknown, depth: number) => {
    if (!isRecord(graph) || depth > 50) return;
    for (const el of list(graph.node)) {
      if (!isRecord(el) || nodeCount++ >= LIMITS.maxNodes) continue;
      const at = origin('node', el['@_id'], nodeCount - 1, nodeLines);
      const id = el['@_id'];
      if (typeof id !== 'string' || id === '') {
        problems.push(problem('xml.noNodeId', {}, at));
        continue;
      }
      const { known, rest } = split(valuesOf(el, keys, 'node', root), NODE_FIELDS);
      const sectors = known.get('sectors');
      nodes.push({
        id,
        label: known.get('label'),
        labelHi: known.get('labelHi'),
        type: known.get('type'),
        sectors: splitList(sectors),
        description: known.get('description'),
        descriptionHi: known.get('descriptionHi'),
        attributes: rest,
        origin: at,
      });
      for (const inner of list(el.graph)) walk(inner, depth + 1);
    }
    for (const el of list(graph.edge)) {
      if (!isRecord(el) || edgeCount++ >= LIMITS.maxEdges) continue;
      const at = origin('edge', el['@_id'], edgeCount - 1, edgeLines);
      const { known, rest } = split(valuesOf(el, keys, 'edge', root), EDGE_FIELDS);
      const id = el['@_id'];
      edges.push({
        id: typeof id === 'string' && id !== '' ? id : undefined,
        source: typeof el['@_source'] === 'string' ? el['@_source'] : '',
        target: typeof el['@_target'] === 'string' ? el['@_target'] : '',
        relation: known.get('relation'),
        label: known.get('label'),
        labelHi: known.get('labelHi'),
        attributes: rest,
        origin: at,
      });
    }
  };
  for (const g of list(root.graph)) walk(g, 0);
  const over = [
    ...(nodeCount > LIMITS.maxNodes ? [tooMany('nodes', nodeCount, LIMITS.maxNodes, where)] : []),
    ...(edgeCount > LIMITS.maxEdges ? [tooMany('edges', edgeCount, LIMITS.maxEdges, where)] : []),
  ];
  if (over.length) return fail(...over);
  if (problems.length) return { ok: false, problems };
  return { ok: true, title: file.name, nodes, edges };
}
