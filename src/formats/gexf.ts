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

/**
 * A GEXF time as one of our dates: a `date` or `dateTime` cut to its day, and a whole number
 * from 1000 to 9999 read as a year (a `long` or `double` time format counts years as often as
 * steps; other numbers are steps, not dates). Undefined for anything else.
 */
function dateOf(value: string | undefined, timeformat: string): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  // A year or a month is a date of lower precision, which files write where that is all known.
  const day = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (day && (timeformat === 'date' || timeformat === 'datetime')) return day[1];
  if (/^\d{4}(\.0+)?$/.test(v) && !['date', 'datetime'].includes(timeformat)) return v.slice(0, 4);
  return undefined;
}

/**
 * An element's time: its `start` and `end`, or the span its `spells` cover together (from the
 * first start to the last end; an open end stays open). Dates we cannot read stay attributes
 * under their own names, and several spells are kept whole in a `spells` attribute, so nothing
 * the file says is lost.
 */
function readTime(
  el: Rec,
  timeformat: string,
  native: Map<string, AttributeValue>,
  fields: Map<string, AttributeValue>,
): void {
  const spells = list(el.spells)
    .flatMap((b) => (isRecord(b) ? list(b.spell) : []))
    .filter(isRecord)
    .map((s) => ({ start: attr(s, 'start'), end: attr(s, 'end') }));
  const own = { start: attr(el, 'start'), end: attr(el, 'end') };
  const starts = spells.length ? spells.map((s) => s.start) : [own.start];
  const ends = spells.length ? spells.map((s) => s.end) : [own.end];
  const pick = (values: (string | undefined)[], first: boolean) => {
    if (values.some((v) => v === undefined)) return { open: true, date: undefined };
    const dates = values.map((v) => dateOf(v, timeformat));
    if (dates.some((d) => d === undefined)) return { open: false, date: undefined };
    const sorted = dates.filter((d): d is string => d !== undefined).sort();
    return { open: false, date: first ? sorted[0] : sorted[sorted.length - 1] };
  };
  const start = pick(starts, true);
  const end = pick(ends, false);
  const readable = (start.open || start.date) && (end.open || end.date);
  if (readable) {
    if (start.date) native.set('start', start.date);
    if (end.date) native.set('end', end.date);
  } else {
    if (own.start !== undefined) fields.set('start', own.start);
    if (own.end !== undefined) fields.set('end', own.end);
  }
  if (spells.length > 1 || (!readable && spells.length))
    fields.set(
      'spells',
      spells.map((s) => `${s.start ?? ''}..${s.end ?? ''}`),
    );
}

function recordOf(
  el: Rec,
  columns: ReadonlyMap<string, Column>,
  origin: RawRecord['origin'],
  edge: boolean,
  timeformat: string,
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
  readTime(el, timeformat, native, fields);
  const kind = attr(el, 'kind');
  if (kind !== undefined) fields.set('kind', kind);
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
 * edge's own). A dynamic graph's `start`, `end` and spells become our start and end dates. In: the file. Out: raw
 * records with their lines, or problems.
 */
export function readGexf(file: { name: string; text: string }): RawResult {
  const where = { file: file.name };
  const parsed = parseXml(file, ['node', 'edge', 'attributes', 'attribute', 'attvalue', 'spell']);
  if (!parsed.ok) return parsed;
  const root = parsed.doc.gexf;
  const graph = isRecord(root) ? list(root.graph).find(isRecord) : undefined;
  if (!isRecord(root) || !graph)
    return { ok: false, problems: [problem('xml.notGexf', {}, where)] };
  const nodeColumns = readColumns(graph, 'node');
  const edgeColumns = readColumns(graph, 'edge');
  const nodeLines = tagLines(file.text, 'node');
  const edgeLines = tagLines(file.text, 'edge');
  const timeformat = (attr(graph, 'timeformat') ?? 'date').toLowerCase();
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
    isRecord(el)
      ? [recordOf(el, nodeColumns, place('node', el, i, nodeLines), false, timeformat)]
      : [],
  );
  const edges = edgeEls.flatMap((el, i) =>
    isRecord(el)
      ? [recordOf(el, edgeColumns, place('edge', el, i, edgeLines), true, timeformat)]
      : [],
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
