import { isRecord } from '../schema/values';
import { LIMITS } from '../schema/limits';
import { describeValue, problem, tooMany, type Problem } from '../schema/problems';
import {
  splitList,
  type AttributeValue,
  type GenericEdge,
  type GenericNode,
  type GenericResult,
} from './types';

type Rec = Record<string, unknown>;

// Fields of `data` we read ourselves; everything else is kept as an attribute.
const NODE_KEYS = [
  'id',
  'label',
  'name',
  'label_hi',
  'name_hi',
  'type',
  'sectors',
  'sector',
  'description',
  'description_hi',
  'parent',
];
const EDGE_KEYS = ['id', 'source', 'target', 'relation', 'interaction', 'label', 'label_hi'];

/** True when a parsed JSON value looks like Cytoscape's: `{elements: …}` or an element array. */
export function isCytoscapeJson(value: unknown): boolean {
  if (isRecord(value)) return 'elements' in value;
  return Array.isArray(value) && value.length > 0 && value.every((e) => isRecord(e) && 'data' in e);
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function attributeOf(v: unknown): AttributeValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  // Lists and objects are kept readable rather than dropped.
  return JSON.stringify(v).slice(0, LIMITS.maxStringLength);
}

function attributes(data: Rec, known: readonly string[]): Map<string, AttributeValue> {
  const out = new Map<string, AttributeValue>();
  for (const [k, v] of Object.entries(data)) if (!known.includes(k)) out.set(k, attributeOf(v));
  return out;
}

function sectorsOf(v: unknown): string[] {
  if (typeof v === 'string') return splitList(v);
  if (Array.isArray(v)) return v.flatMap((s) => text(s) ?? []);
  return [];
}

/** Our field names as this format writes them: `data.<name>`. */
const dataFields = (...names: string[]) => new Map(names.map((n) => [n, `data.${n}`]));

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
 * from `label` or `name`, relations from `relation` or `interaction`; other data is kept.
 */
export function readCytoscapeJson(value: unknown, file: string): GenericResult {
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
  const dataOf = (el: unknown, path: string): Rec | null => {
    if (isRecord(el) && isRecord(el.data)) return el.data;
    problems.push(problem('cy.noData', {}, { file, path }));
    return null;
  };
  const nodeFields = dataFields('id', 'label', 'type', 'sectors');
  const nodes: GenericNode[] = lists.nodes.flatMap(([el, path]) => {
    const data = dataOf(el, path);
    if (!data) return [];
    const id = text(data.id);
    if (id === undefined) {
      problems.push(
        problem('cy.badId', { got: describeValue(data.id) }, { file, path: `${path}.data.id` }),
      );
      return [];
    }
    return [
      {
        id,
        label: text(data.label) ?? text(data.name),
        labelHi: text(data.label_hi) ?? text(data.name_hi),
        type: text(data.type),
        sectors: sectorsOf(data.sectors ?? data.sector),
        description: text(data.description),
        descriptionHi: text(data.description_hi),
        attributes: attributes(data, NODE_KEYS),
        origin: { file, path, fields: nodeFields },
      },
    ];
  });
  const edgeFields = dataFields('id', 'source', 'target', 'relation');
  const edges: GenericEdge[] = lists.edges.flatMap(([el, path]) => {
    const data = dataOf(el, path);
    if (!data) return [];
    return [
      {
        id: text(data.id),
        source: text(data.source) ?? '',
        target: text(data.target) ?? '',
        relation: text(data.relation) ?? text(data.interaction),
        label: text(data.label),
        labelHi: text(data.label_hi),
        attributes: attributes(data, EDGE_KEYS),
        origin: { file, path, fields: edgeFields },
      },
    ];
  });
  if (problems.length) return { ok: false, problems };
  const meta = isRecord(value) && isRecord(value.data) ? value.data : {};
  return { ok: true, title: text(meta.name) ?? text(meta.title) ?? file, nodes, edges };
}
