import type { AttributeValue } from '../graph/model';
import { LIMITS } from '../schema/limits';
import { problem, tooMany, type Problem } from '../schema/problems';
import { isRecord } from '../schema/values';
import type { RawRecord, RawResult } from './types';
import { asBoolean } from './values';
import { attr, placeOf, findTag, list, parseXml, tagLines, textOf, type Rec } from './xml';

interface Key {
  readonly name: string;
  readonly type: string;
  readonly fallback?: string;
  /** yEd's drawing data: where the label, position and fill of an element are kept. */
  readonly graphics: boolean;
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
    const id = attr(k, 'id');
    if (id === undefined) continue;
    const name = attr(k, 'attr.name');
    const yed = attr(k, 'yfiles.type');
    keys.set(id, {
      name: name !== undefined && name !== '' ? name : id,
      type: attr(k, 'attr.type') ?? 'string',
      fallback: textOf(k.default),
      graphics: yed === 'nodegraphics' || yed === 'edgegraphics',
    });
  }
  return keys;
}

/** What yEd draws for an element: its label text, the centre and size of its box, fill, shape. */
function readGraphics(data: Rec, native: Map<string, AttributeValue>): void {
  const label = findTag(data, 'NodeLabel') ?? findTag(data, 'EdgeLabel');
  const text = textOf(label);
  if (text !== undefined) native.set('label', text.trim());
  const box = findTag(data, 'Geometry');
  if (isRecord(box)) {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(attr(box, a) ?? NaN));
    if ([x, y].every(Number.isFinite)) {
      native.set('x', x! + (Number.isFinite(w) ? w! / 2 : 0));
      native.set('y', y! + (Number.isFinite(h) ? h! / 2 : 0));
    }
    // The drawn size: the larger side of the box, as the canvas draws nodes square.
    if (Number.isFinite(w) && Number.isFinite(h) && Math.max(w!, h!) > 0)
      native.set('size', Math.max(w!, h!));
  }
  const shape = findTag(data, 'Shape');
  const kind = isRecord(shape) ? attr(shape, 'type') : undefined;
  if (kind !== undefined) native.set('shape', kind);
  const fill = findTag(data, 'Fill');
  const colour = isRecord(fill) ? attr(fill, 'color') : undefined;
  if (colour !== undefined) native.set('color', colour.slice(0, 7));
}

/** An element as a raw record: its own attributes natively, its `<data>` by key name. */
function recordOf(
  el: Rec,
  keys: ReadonlyMap<string, Key>,
  defaults: ReadonlyMap<string, AttributeValue>,
  origin: RawRecord['origin'],
  ends: boolean,
): RawRecord {
  const native = new Map<string, AttributeValue>();
  const id = attr(el, 'id');
  if (id !== undefined && id !== '') native.set('id', id);
  if (ends) {
    native.set('source', attr(el, 'source') ?? '');
    native.set('target', attr(el, 'target') ?? '');
    const directed = asBoolean(attr(el, 'directed'));
    if (directed !== undefined) native.set('directed', directed);
  }
  const fields = new Map(defaults);
  for (const d of list(el.data)) {
    if (!isRecord(d)) continue;
    const keyId = attr(d, 'key');
    if (keyId === undefined) continue;
    const key = keys.get(keyId) ?? { name: keyId, type: 'string', graphics: false };
    if (key.graphics) readGraphics(d, native);
    else {
      const v = textOf(d);
      if (v !== undefined) fields.set(key.name, typed(v, key.type));
    }
  }
  return { native, fields, origin };
}

function defaultsFor(root: Rec, keys: ReadonlyMap<string, Key>, kind: 'node' | 'edge') {
  const out = new Map<string, AttributeValue>();
  for (const k of list(root.key)) {
    if (!isRecord(k) || (attr(k, 'for') !== kind && attr(k, 'for') !== 'all')) continue;
    const key = keys.get(attr(k, 'id') ?? '');
    if (key?.fallback !== undefined && !key.graphics)
      out.set(key.name, typed(key.fallback, key.type));
  }
  return out;
}

/**
 * Reads GraphML as Gephi, yEd and Cytoscape desktop write it, nested graphs flattened. In: the
 * file. Out: raw records with their lines (yEd's drawn labels, positions and fills included),
 * the graph's default direction, or problems (XML errors with line and column).
 */
export function readGraphml(file: { name: string; text: string }): RawResult {
  const where = { file: file.name };
  const parsed = parseXml(file, ['graph', 'node', 'edge', 'data', 'key']);
  if (!parsed.ok) return parsed;
  const root = parsed.doc.graphml;
  if (!isRecord(root)) return { ok: false, problems: [problem('xml.notGraphml', {}, where)] };
  const keys = readKeys(root);
  const nodeDefaults = defaultsFor(root, keys, 'node');
  const edgeDefaults = defaultsFor(root, keys, 'edge');
  const nodeLines = tagLines(file.text, 'node');
  const edgeLines = tagLines(file.text, 'edge');
  const nodes: RawRecord[] = [];
  const edges: RawRecord[] = [];
  const place = (kind: 'node' | 'edge', el: Rec, n: number, lines: number[]) =>
    placeOf(file.name, kind, el, n, lines);
  let nodeCount = 0;
  let edgeCount = 0;
  const walk = (graph: unknown, depth: number) => {
    if (!isRecord(graph) || depth > 50) return;
    for (const el of list(graph.node)) {
      if (!isRecord(el) || nodeCount++ >= LIMITS.maxNodes) continue;
      nodes.push(
        recordOf(el, keys, nodeDefaults, place('node', el, nodeCount - 1, nodeLines), false),
      );
      for (const inner of list(el.graph)) walk(inner, depth + 1);
    }
    for (const el of list(graph.edge)) {
      if (!isRecord(el) || edgeCount++ >= LIMITS.maxEdges) continue;
      edges.push(
        recordOf(el, keys, edgeDefaults, place('edge', el, edgeCount - 1, edgeLines), true),
      );
    }
  };
  const graphs = list(root.graph);
  for (const g of graphs) walk(g, 0);
  const problems: Problem[] = [];
  if (nodeCount > LIMITS.maxNodes)
    problems.push(tooMany('nodes', nodeCount, LIMITS.maxNodes, where));
  if (edgeCount > LIMITS.maxEdges)
    problems.push(tooMany('edges', edgeCount, LIMITS.maxEdges, where));
  nodes.forEach((n) => {
    if (!n.native.has('id')) problems.push(problem('xml.noNodeId', {}, n.origin));
  });
  if (problems.length) return { ok: false, problems };
  const first = graphs[0];
  const edgeDefault = isRecord(first) ? attr(first, 'edgedefault') : undefined;
  return {
    ok: true,
    title: file.name,
    nodes,
    edges,
    directed: edgeDefault === undefined ? undefined : edgeDefault !== 'undirected',
  };
}
