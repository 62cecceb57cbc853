import type { AttributeValue } from '../graph/model';
import { isRecord } from '../schema/values';
import { LIMITS } from '../schema/limits';
import { describeValue, problem, tooMany, type Problem } from '../schema/problems';
import type { RawRecord, RawResult } from './types';

type Rec = Record<string, unknown>;

/** True when a parsed JSON value looks like Cytoscape's: `{elements: …}` or an element array. */
export function isCytoscapeJson(value: unknown): boolean {
  if (isRecord(value)) return 'elements' in value;
  return Array.isArray(value) && value.length > 0 && value.every((e) => isRecord(e) && 'data' in e);
}

function scalar(v: unknown): string | number | boolean | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  return undefined;
}

/**
 * A data value kept as the file has it: scalars and lists of scalars as they are (Cytoscape
 * desktop writes many names and annotations as lists), anything deeper as readable JSON.
 */
function valueOf(v: unknown): AttributeValue {
  if (v === null) return null;
  const one = scalar(v);
  if (one !== undefined) return one;
  if (Array.isArray(v)) {
    const items = v.map(scalar);
    if (items.every((x) => x !== undefined)) return items.filter((x) => x !== undefined);
  }
  return JSON.stringify(v).slice(0, LIMITS.maxStringLength);
}

const NATIVE = new Set(['id', 'source', 'target']);

/** An element as a raw record: its data, its own id and ends, and its drawn position. */
function recordOf(el: Rec, data: Rec, file: string, path: string): RawRecord {
  const native = new Map<string, AttributeValue>();
  for (const key of NATIVE) if (key in data) native.set(key, valueOf(data[key]));
  const position = el.position;
  if (isRecord(position) && typeof position.x === 'number' && typeof position.y === 'number') {
    native.set('x', position.x);
    native.set('y', position.y);
  }
  const fields = new Map<string, AttributeValue>();
  for (const [k, v] of Object.entries(data)) if (!NATIVE.has(k)) fields.set(k, valueOf(v));
  return {
    native,
    fields,
    origin: { file, path },
    nativeNames: new Map([...NATIVE].map((k) => [k, `data.${k}`])),
  };
}

/** Splits `elements` (grouped object or flat array) into node and edge lists with their paths. */
function elementLists(
  value: unknown,
  problems: Problem[],
): { nodes: [unknown, string][]; edges: [unknown, string][] } {
  const nodes: [unknown, string][] = [];
  const edges: [unknown, string][] = [];
  const elements = isRecord(value) ? value.elements : value;
  const base = isRecord(value) ? 'elements' : '';
  if (Array.isArray(elements)) {
    elements.forEach((el, i) => {
      const path = `${base}[${i}]`;
      const isEdge =
        isRecord(el) && (el.group === 'edges' || (isRecord(el.data) && 'source' in el.data));
      (isEdge ? edges : nodes).push([el, path]);
    });
  } else if (isRecord(elements)) {
    for (const [key, list] of [
      ['nodes', nodes],
      ['edges', edges],
    ] as const) {
      const items = elements[key];
      if (items === undefined) continue;
      if (!Array.isArray(items))
        problems.push(
          problem('cy.notList', { got: describeValue(items) }, { path: `${base}.${key}` }),
        );
      else items.forEach((el, i) => list.push([el, `${base}.${key}[${i}]`]));
    }
  } else problems.push(problem('cy.badElements', { got: describeValue(elements) }, { path: base }));
  return { nodes, edges };
}

/**
 * Reads Cytoscape.js (`cy.json()`) and Cytoscape desktop (`.cyjs`) JSON. In: the parsed value
 * and the file name. Out: records located by their path in the file, or problems. Labels come
 * from `label` or `name`, relations from `relation` or `interaction`; other data is kept; a
 * top-level `directed` (networkx) says whether edges have a direction.
 */
export function readCytoscapeJson(value: unknown, file: string): RawResult {
  const problems: Problem[] = [];
  const lists = elementLists(value, problems);
  const over = [
    ...(lists.nodes.length > LIMITS.maxNodes
      ? [tooMany('nodes', lists.nodes.length, LIMITS.maxNodes, { file, path: 'elements' })]
      : []),
    ...(lists.edges.length > LIMITS.maxEdges
      ? [tooMany('edges', lists.edges.length, LIMITS.maxEdges, { file, path: 'elements' })]
      : []),
  ];
  if (over.length) return { ok: false, problems: over };
  const elementOf = (el: unknown, path: string): [Rec, Rec] | null => {
    if (isRecord(el) && isRecord(el.data)) return [el, el.data];
    problems.push(problem('cy.noData', {}, { file, path }));
    return null;
  };
  const nodes = lists.nodes.flatMap(([el, path]) => {
    const found = elementOf(el, path);
    if (!found) return [];
    const [element, data] = found;
    if (scalar(data.id) === undefined || typeof data.id === 'boolean') {
      problems.push(
        problem('cy.badId', { got: describeValue(data.id) }, { file, path: `${path}.data.id` }),
      );
      return [];
    }
    return [recordOf(element, data, file, path)];
  });
  const edges = lists.edges.flatMap(([el, path]) => {
    const found = elementOf(el, path);
    return found ? [recordOf(found[0], found[1], file, path)] : [];
  });
  if (problems.length) return { ok: false, problems };
  const meta = isRecord(value) && isRecord(value.data) ? value.data : {};
  const name = [meta.name, meta.title].find((v) => typeof v === 'string' && v.trim() !== '');
  return {
    ok: true,
    title: typeof name === 'string' ? name : file,
    nodes,
    edges,
    // networkx's `cytoscape_data` says at the top whether the graph has directions.
    directed: isRecord(value) && typeof value.directed === 'boolean' ? value.directed : undefined,
  };
}
