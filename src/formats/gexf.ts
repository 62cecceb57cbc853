import type { AttributeValue } from '../graph/model';
import { LIMITS } from '../schema/limits';
import { problem, tooMany, type Problem } from '../schema/problems';
import { isRecord } from '../schema/values';
import type { RawRecord, RawResult } from './types';
import { asColour, colourOf } from './values';
import { attr, placeOf, list, parseXml, tagLines, textOf, type Rec } from './xml';

interface Column {
  readonly title: string;
  readonly type: string;
  readonly fallback?: string;
}

/** A GEXF value as its declared type: numbers, booleans, and `liststring` as a real list. */
function typed(value: string, type: string): AttributeValue {
  const t = type.toLowerCase();
  if (
    ['integer', 'long', 'double', 'float', 'short', 'byte', 'bigdecimal', 'biginteger'].includes(t)
  ) {
    const n = Number(value);
    return Number.isFinite(n) ? n : value;
  }
  if (t === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  if (t.startsWith('list')) {
    // Gephi writes lists as `[a, b]`; the specification as `a|b`.
    const inner = value.trim().replace(/^\[(.*)\]$/s, '$1');
    return inner
      .split(/[|,]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return value;
}

function readColumns(graph: Rec, kind: 'node' | 'edge'): Map<string, Column> {
  const columns = new Map<string, Column>();
  for (const block of list(graph.attributes)) {
    if (!isRecord(block) || attr(block, 'class') !== kind) continue;
    for (const a of list(block.attribute)) {
      if (!isRecord(a)) continue;
      const id = attr(a, 'id');
      if (id === undefined) continue;
      columns.set(id, {
        title: attr(a, 'title') || id,
        type: attr(a, 'type') ?? 'string',
        fallback: textOf(a.default),
      });
    }
  }
  return columns;
}

/** Gephi's look for an element: `viz:color` (rgb or hex), `viz:size`, `viz:position`. */
function readViz(el: Rec, native: Map<string, AttributeValue>): void {
  const colour = list(el.color).find(isRecord);
  if (colour) {
    const hex = asColour(attr(colour, 'hex'));
    const rgb = ['r', 'g', 'b'].map((c) => Number(attr(colour, c)));
    const value = hex ?? colourOf(rgb[0]!, rgb[1]!, rgb[2]!);
    if (value !== undefined) native.set('color', value);
  }
  const size = list(el.size).find(isRecord);
  const sizeValue = size ? Number(attr(size, 'value')) : NaN;
  if (Number.isFinite(sizeValue) && sizeValue > 0) native.set('size', sizeValue);
  const position = list(el.position).find(isRecord);
  if (position) {
    const x = Number(attr(position, 'x'));
    const y = Number(attr(position, 'y'));
    // Gephi's y axis points up, the screen's down: flipped, the picture reads as Gephi drew it.
    if (Number.isFinite(x) && Number.isFinite(y)) {
      native.set('x', x);
      native.set('y', y === 0 ? 0 : -y);
    }
  }
}

function recordOf(
  el: Rec,
  columns: ReadonlyMap<string, Column>,
  origin: RawRecord['origin'],
  edge: boolean,
): RawRecord {
  const native = new Map<string, AttributeValue>();
  for (const name of edge ? ['id', 'source', 'target', 'label'] : ['id', 'label']) {
    const v = attr(el, name);
    if (v !== undefined && v !== '') native.set(name, v);
  }
  if (edge) {
    const type = attr(el, 'type');
    if (type !== undefined) native.set('directed', type === 'directed');
    const weight = Number(attr(el, 'weight'));
    if (attr(el, 'weight') !== undefined && Number.isFinite(weight)) native.set('weight', weight);
  }
  readViz(el, native);
  const fields = new Map<string, AttributeValue>();
  for (const c of columns.values())
    if (c.fallback !== undefined) fields.set(c.title, typed(c.fallback, c.type));
  // Dates of a dynamic graph are kept for the reader to see.
  for (const name of ['start', 'end', 'kind']) {
    const v = attr(el, name);
    if (v !== undefined) fields.set(name, v);
  }
  for (const block of list(el.attvalues))
    for (const av of isRecord(block) ? list(block.attvalue) : []) {
      if (!isRecord(av)) continue;
      const id = attr(av, 'for') ?? attr(av, 'id');
      const value = attr(av, 'value');
      if (id === undefined || value === undefined) continue;
      const column = columns.get(id) ?? { title: id, type: 'string' };
      fields.set(column.title, typed(value, column.type));
    }
  return { native, fields, origin };
}

/**
 * Reads GEXF 1.1–1.3, Gephi's own format: node and edge attributes by their titles, Gephi's
 * colours, sizes and positions, edge weights, and direction (the graph's default and each
 * edge's own). Dynamic `start` and `end` dates are kept as attributes. In: the file. Out: raw
 * records with their lines, or problems.
 */
export function readGexf(file: { name: string; text: string }): RawResult {
  const where = { file: file.name };
  const parsed = parseXml(file, ['node', 'edge', 'attributes', 'attribute', 'attvalue']);
  if (!parsed.ok) return parsed;
  const root = parsed.doc.gexf;
  const graph = isRecord(root) ? list(root.graph).find(isRecord) : undefined;
  if (!isRecord(root) || !graph)
    return { ok: false, problems: [problem('xml.notGexf', {}, where)] };
  const nodeColumns = readColumns(graph, 'node');
  const edgeColumns = readColumns(graph, 'edge');
  const nodeLines = tagLines(file.text, 'node');
  const edgeLines = tagLines(file.text, 'edge');
  const place = (kind: 'node' | 'edge', el: Rec, n: number, lines: number[]) =>
    placeOf(file.name, kind, el, n, lines);
  const nodeEls = list(graph.nodes).flatMap((b) => (isRecord(b) ? list(b.node) : []));
  const edgeEls = list(graph.edges).flatMap((b) => (isRecord(b) ? list(b.edge) : []));
  const problems: Problem[] = [];
  if (nodeEls.length > LIMITS.maxNodes)
    problems.push(tooMany('nodes', nodeEls.length, LIMITS.maxNodes, where));
  if (edgeEls.length > LIMITS.maxEdges)
    problems.push(tooMany('edges', edgeEls.length, LIMITS.maxEdges, where));
  if (problems.length) return { ok: false, problems };
  const nodes = nodeEls.flatMap((el, i) =>
    isRecord(el) ? [recordOf(el, nodeColumns, place('node', el, i, nodeLines), false)] : [],
  );
  const edges = edgeEls.flatMap((el, i) =>
    isRecord(el) ? [recordOf(el, edgeColumns, place('edge', el, i, edgeLines), true)] : [],
  );
  nodes.forEach((n) => {
    if (!n.native.has('id')) problems.push(problem('xml.noNodeId', {}, n.origin));
  });
  if (problems.length) return { ok: false, problems };
  const meta = list(root.meta).find(isRecord);
  const description = meta ? textOf(meta.description) : undefined;
  const type = attr(graph, 'defaultedgetype');
  return {
    ok: true,
    title: description?.trim() || file.name,
    nodes,
    edges,
    // GEXF's default edge type is undirected; `mutual` edges have no one direction either.
    directed: (type ?? 'undirected') === 'directed',
  };
}
