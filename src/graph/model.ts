import type {
  EdgeRecord,
  GraphFile,
  NodeRecord,
  NodeType,
  Relation,
  Sector,
  Source,
  Story,
} from '../schema/graphFile';

import type { DeepReadonly } from '../schema/values';

export type GraphNode = DeepReadonly<NodeRecord>;

/** A free-form value a file carried: one scalar, null, or a list kept as a list. */
export type AttributeValue =
  string | number | boolean | null | readonly (string | number | boolean)[];

/** An attribute value as text: a list is joined, null is empty. */
export function attributeText(value: AttributeValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.join('; ');
  return String(value);
}
export type GraphEdge = DeepReadonly<EdgeRecord>;

/** A validated, frozen graph with the indexes every view needs. Built only by {@link buildModel}. */
export interface GraphModel {
  readonly meta: DeepReadonly<GraphFile['meta']>;
  /** In file order, which is the order the legend and filters show. */
  readonly sectors: ReadonlyMap<string, DeepReadonly<Sector>>;
  readonly relations: ReadonlyMap<string, DeepReadonly<Relation>>;
  readonly sources: ReadonlyMap<string, DeepReadonly<Source>>;
  /** Stories told with the map, in file order. */
  readonly stories: ReadonlyMap<string, DeepReadonly<Story>>;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly nodeById: ReadonlyMap<string, GraphNode>;
  readonly edgeById: ReadonlyMap<string, GraphEdge>;
  /** Every edge touching a node, in either direction; a self-loop is listed once. */
  readonly incident: ReadonlyMap<string, readonly GraphEdge[]>;
  readonly nodesBySector: ReadonlyMap<string, readonly GraphNode[]>;
  readonly nodesByType: ReadonlyMap<NodeType, readonly GraphNode[]>;
  /** Edges stated in the course of a meeting, by meeting id. */
  readonly edgesByMeeting: ReadonlyMap<string, readonly GraphEdge[]>;
}

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value as DeepReadonly<T>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the immutable model. In: a file that passed the schema and semantic checks (the
 * caller's promise; this does not re-check). Out: frozen records and indexes. Always holds:
 * every edge's ends are in `nodeById`, and every node has an `incident` entry (maybe empty).
 */
export function buildModel(file: GraphFile): GraphModel {
  return indexed(deepFreeze(structuredClone(file)));
}

/**
 * The same graph with nodes placed where `positions` says (a node it does not name keeps its
 * own position). Out: the graph itself when nothing moves, else a new model sharing every
 * unchanged record.
 */
export function withPositions(
  graph: GraphModel,
  positions: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): GraphModel {
  let moved = false;
  const nodes = graph.nodes.map((n) => {
    const p = movedTo(n, positions.get(n.id));
    if (!p) return n;
    moved = true;
    return Object.freeze({ ...n, position: Object.freeze({ x: p.x, y: p.y }) });
  });
  if (!moved) return graph;
  return indexed({
    meta: graph.meta,
    sources: [...graph.sources.values()],
    sectors: [...graph.sectors.values()],
    relations: [...graph.relations.values()],
    stories: [...graph.stories.values()],
    nodes: Object.freeze(nodes),
    edges: graph.edges,
  });
}

/** Where a node is drawn, if that is not where its record places it; else undefined. */
export function movedTo<P extends { readonly x: number; readonly y: number }>(
  node: GraphNode,
  drawn: P | undefined,
): P | undefined {
  return drawn && !(node.position?.x === drawn.x && node.position.y === drawn.y)
    ? drawn
    : undefined;
}

/** The parts of a graph, every record already checked: what a command assembles. */
export type GraphParts = Omit<DeepReadonly<GraphFile>, 'format' | 'version'>;

/**
 * A model from checked parts, without copying them: records a command did not touch are the
 * old model's own (already frozen), so only the new ones are frozen and every index is rebuilt.
 */
export function modelFromParts(parts: GraphParts): GraphModel {
  return indexed(deepFreeze(parts));
}

function indexed(frozen: GraphParts): GraphModel {
  const nodeById = new Map(frozen.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(frozen.edges.map((e) => [e.id, e]));
  const incident = new Map<string, GraphEdge[]>(frozen.nodes.map((n) => [n.id, []]));
  const edgesByMeeting = new Map<string, GraphEdge[]>();
  for (const e of frozen.edges) {
    push(incident, e.source, e);
    if (e.target !== e.source) push(incident, e.target, e);
    if (e.meeting !== undefined) push(edgesByMeeting, e.meeting, e);
  }
  const nodesBySector = new Map<string, GraphNode[]>(frozen.sectors.map((s) => [s.id, []]));
  const nodesByType = new Map<NodeType, GraphNode[]>();
  for (const n of frozen.nodes) {
    for (const s of new Set(n.sectors)) push(nodesBySector, s, n);
    push(nodesByType, n.type, n);
  }
  return Object.freeze({
    meta: frozen.meta,
    sectors: new Map(frozen.sectors.map((s) => [s.id, s])),
    relations: new Map(frozen.relations.map((r) => [r.id, r])),
    sources: new Map(frozen.sources.map((s) => [s.id, s])),
    stories: new Map(frozen.stories.map((s) => [s.id, s])),
    nodes: frozen.nodes,
    edges: frozen.edges,
    nodeById,
    edgeById,
    incident,
    nodesBySector,
    nodesByType,
    edgesByMeeting,
  });
}
