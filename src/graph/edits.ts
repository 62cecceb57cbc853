import { RESERVED_IDS } from '../schema/reserved';
import type { Change, Command, CommandName, RecordTypes } from './commands';
import type { GraphEdge, GraphModel, GraphNode } from './model';
import { nodeIndex, said, type Words } from './moves';
import { storyChangesAfter, storyChangesForEvidence } from './storyRefs';

/** The commands a person makes by editing: each made against the graph as it is now. */

type NodeDraft = Omit<GraphNode, 'id'>;
type EdgeDraft = Omit<GraphEdge, 'id'>;

/** An id made from a label, unused by any record: `suzuki-takashi`, then `-2`, `-3`. */
export function freshId(
  graph: GraphModel,
  label: string,
  fallback: string,
  also: ReadonlySet<string> = new Set(),
): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  const taken = (id: string) =>
    graph.nodeById.has(id) ||
    graph.edgeById.has(id) ||
    graph.sectors.has(id) ||
    graph.relations.has(id) ||
    graph.sources.has(id) ||
    graph.stories.has(id) ||
    RESERVED_IDS.has(id) ||
    also.has(id);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

const edgeIndex = (graph: GraphModel, id: string) => graph.edges.findIndex((e) => e.id === id);

/** Several commands as one step, under one name: each made against the graph the last leaves. */
export function joined(name: CommandName, ...commands: readonly (Command | null)[]): Command {
  return { name, changes: commands.flatMap((c) => c?.changes ?? []) };
}

/** A new node at the end of the list, with an id from its English label. */
export function addNode(graph: GraphModel, draft: NodeDraft): Command {
  const node: GraphNode = { ...draft, id: freshId(graph, draft.label.en, 'node') };
  return {
    name: { code: 'node.add', params: said(node.label) },
    changes: [{ kind: 'node', id: node.id, index: graph.nodes.length, before: null, after: node }],
  };
}

/** Fields left out of a record: `undefined` in `fields` takes the field away. */
function withFields<T extends object>(record: T, fields: Partial<T>): T {
  const out = { ...record, ...fields };
  for (const k of Object.keys(fields))
    if (Object.getOwnPropertyDescriptor(fields, k)?.value === undefined)
      Reflect.deleteProperty(out, k);
  return out;
}

/** A node's fields changed (a label alone is a rename); null when the node is not there. */
export function editNode(
  graph: GraphModel,
  id: string,
  fields: Partial<NodeDraft>,
): Command | null {
  const before = graph.nodeById.get(id);
  if (!before) return null;
  const after = { ...withFields(before, fields), id };
  // A form sends every field; the step is named by what differs, and is empty if nothing does.
  const text = (node: GraphNode, k: string) => JSON.stringify(Reflect.get(node, k));
  const moved = Object.keys(fields).filter((k) => text(before, k) !== text(after, k));
  if (moved.length === 0)
    return { name: { code: 'node.edit', params: said(before.label) }, changes: [] };
  const renamed = moved.length === 1 && moved[0] === 'label';
  return {
    name: {
      code: renamed ? 'node.rename' : 'node.edit',
      params: said(before.label, after.label),
    },
    changes: [{ kind: 'node', id, index: nodeIndex(graph, id), before, after }],
  };
}

/** The same fields set on several nodes at once (their type, or sectors added), as one step. */
export function editNodes(
  graph: GraphModel,
  ids: readonly string[],
  fields: (node: GraphNode) => Partial<NodeDraft>,
): Command {
  const changes: Change[] = [];
  for (const id of ids) {
    const node = graph.nodeById.get(id);
    const c = node ? editNode(graph, id, fields(node)) : null;
    if (c) changes.push(...c.changes);
  }
  return { name: { code: 'nodes.edit', params: { count: changes.length } }, changes };
}

/**
 * Nodes deleted with all that would dangle without them: their relationships go, people who
 * belonged to one no longer say so, and relationships stated at one (a meeting) keep standing
 * without the meeting. Taken from the end of each list, so each index still points where its
 * record is when that change is applied.
 */
export function deleteNodes(graph: GraphModel, ids: readonly string[]): Command {
  const gone = new Set(ids.filter((id) => graph.nodeById.has(id)));
  const changes: Change[] = [];
  let edges = 0;
  for (let i = graph.edges.length - 1; i >= 0; i--) {
    const e = graph.edges[i]!;
    if (gone.has(e.source) || gone.has(e.target)) {
      edges++;
      changes.push({ kind: 'edge', id: e.id, index: i, before: e, after: null });
    } else if (e.meeting !== undefined && gone.has(e.meeting)) {
      const after = withFields(e, { meeting: undefined });
      changes.push({ kind: 'edge', id: e.id, index: i, before: e, after });
    }
  }
  for (let i = graph.nodes.length - 1; i >= 0; i--) {
    const n = graph.nodes[i]!;
    if (gone.has(n.id)) changes.push({ kind: 'node', id: n.id, index: i, before: n, after: null });
    else if (n.organisation !== undefined && gone.has(n.organisation)) {
      const after = withFields(n, { organisation: undefined });
      changes.push({ kind: 'node', id: n.id, index: i, before: n, after });
    }
  }
  const goneEdges = new Set(changes.flatMap((c) => (c.kind === 'edge' && !c.after ? [c.id] : [])));
  changes.push(...storyChangesAfter(graph, gone, goneEdges));
  const first = graph.nodeById.get([...gone][0] ?? '');
  const name: CommandName =
    gone.size === 1 && first
      ? { code: 'node.delete', params: { ...said(first.label), edges } }
      : { code: 'nodes.delete', params: { count: gone.size, edges } };
  return { name, changes };
}

/** One node deleted, as {@link deleteNodes}; null when it is not there. */
export const deleteNode = (graph: GraphModel, id: string): Command | null =>
  graph.nodeById.has(id) ? deleteNodes(graph, [id]) : null;

/** What deleting nodes takes with it, for the line that says so before the user confirms. */
export function deletionCost(graph: GraphModel, ids: readonly string[]) {
  const seen = new Map<string, GraphEdge>();
  for (const id of ids) for (const e of graph.incident.get(id) ?? []) seen.set(e.id, e);
  let evidence = 0;
  for (const e of seen.values()) evidence += e.provenance.length;
  return { edges: seen.size, evidence };
}

/** A new relationship at the end of the list, with an id from its ends and relation. */
export function addEdge(graph: GraphModel, draft: EdgeDraft): Command {
  const id = freshId(graph, `e-${draft.source}-${draft.relation}-${draft.target}`, 'edge');
  const edge: GraphEdge = { ...draft, id };
  return {
    name: { code: 'edge.add', params: said(edge.label) },
    changes: [{ kind: 'edge', id, index: graph.edges.length, before: null, after: edge }],
  };
}

/** A relationship's fields changed; null when it is not there. */
export function editEdge(
  graph: GraphModel,
  id: string,
  fields: Partial<EdgeDraft>,
): Command | null {
  const before = graph.edgeById.get(id);
  if (!before) return null;
  const after = { ...withFields(before, fields), id };
  return {
    name: { code: 'edge.edit', params: said(before.label) },
    changes: [
      { kind: 'edge', id, index: edgeIndex(graph, id), before, after },
      ...(after.provenance === before.provenance
        ? []
        : storyChangesForEvidence(graph, id, after.provenance)),
    ],
  };
}

/** A piece of evidence added to a relationship (a passage captured from a source). */
export function addEvidence(
  graph: GraphModel,
  id: string,
  evidence: GraphEdge['provenance'][number],
): Command | null {
  const before = graph.edgeById.get(id);
  if (!before) return null;
  const after = { ...before, provenance: [...before.provenance, evidence] };
  return {
    name: { code: 'edge.evidence', params: said(before.label) },
    changes: [{ kind: 'edge', id, index: edgeIndex(graph, id), before, after }],
  };
}

/** A relationship deleted, its evidence with it; null when it is not there. */
export function deleteEdge(graph: GraphModel, id: string): Command | null {
  const before = graph.edgeById.get(id);
  if (!before) return null;
  return {
    name: {
      code: 'edge.delete',
      params: { ...said(before.label), evidence: before.provenance.length },
    },
    changes: [
      { kind: 'edge', id, index: edgeIndex(graph, id), before, after: null },
      ...storyChangesAfter(graph, new Set(), new Set([id])),
    ],
  };
}

/** A new entry of the sectors, relations or sources, with an id from its English label. */
function addEntry<K extends 'sector' | 'relation' | 'source'>(
  graph: GraphModel,
  kind: K,
  record: Omit<RecordTypes[K], 'id'> & { readonly label?: { readonly en: string } },
  label: Words,
): { command: Command; id: string } {
  const labelEn = label.en;
  const list = { sector: graph.sectors, relation: graph.relations, source: graph.sources }[kind];
  const id = freshId(graph, labelEn, kind);
  const after = { ...record, id } as RecordTypes[K];
  const change = { kind, id, index: list.size, before: null, after } as Change;
  return {
    command: { name: { code: `${kind}.add`, params: said(label) }, changes: [change] },
    id,
  };
}

export const addSector = (graph: GraphModel, sector: Omit<RecordTypes['sector'], 'id'>) =>
  addEntry(graph, 'sector', sector, sector.label);
export const addRelation = (graph: GraphModel, relation: Omit<RecordTypes['relation'], 'id'>) =>
  addEntry(graph, 'relation', relation, relation.label);
export const addSource = (graph: GraphModel, source: Omit<RecordTypes['source'], 'id'>) =>
  addEntry(graph, 'source', source, source.title);

/** The graph's title changed. */
export function retitle(graph: GraphModel, title: RecordTypes['meta']['title']): Command {
  const after = { ...graph.meta, title };
  return {
    name: { code: 'meta.title', params: said(title) },
    changes: [{ kind: 'meta', id: 'meta', index: 0, before: graph.meta, after }],
  };
}

/** Two nodes judged not the same, remembered with the data so the pair is not offered again. */
export function markDistinct(graph: GraphModel, a: string, b: string): Command {
  const pair: readonly [string, string] = a < b ? [a, b] : [b, a];
  const after = { ...graph.meta, distinct: [...(graph.meta.distinct ?? []), pair] };
  const label = (id: string) => graph.nodeById.get(id)?.label ?? { en: id, hi: id };
  return {
    name: { code: 'nodes.distinct', params: said(label(a), label(b)) },
    changes: [{ kind: 'meta', id: 'meta', index: 0, before: graph.meta, after }],
  };
}
