import type { Problem } from '../schema/problems';
import { RESERVED_IDS } from '../schema/reserved';
import { loadGraphValue } from './load';
import type { GraphEdge, GraphModel, GraphNode } from './model';
import { plainFile } from './plain';

/** The lists of a graph a change can touch. */
export type RecordKind = 'node' | 'edge';

type RecordOf<K extends RecordKind> = K extends 'node' ? GraphNode : GraphEdge;

/**
 * One record's change: put in (`before` null), taken out (`after` null), or replaced. `index`
 * is its place in its list (where it goes in, where it was), so undoing puts it back exactly.
 */
export type Change =
  | {
      readonly kind: 'node';
      readonly id: string;
      readonly index: number;
      readonly before: GraphNode | null;
      readonly after: GraphNode | null;
    }
  | {
      readonly kind: 'edge';
      readonly id: string;
      readonly index: number;
      readonly before: GraphEdge | null;
      readonly after: GraphEdge | null;
    };

/** What a command is called in the history, as a code and parameters the interface words. */
export interface CommandName {
  readonly code:
    | 'node.add'
    | 'node.rename'
    | 'node.edit'
    | 'node.delete'
    | 'node.move'
    | 'edge.add'
    | 'edge.edit'
    | 'edge.delete';
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * A change to the data as a small typed object: its name and its record changes, applied in
 * order. Its inverse is the same changes reversed, each with before and after swapped.
 */
export interface Command {
  readonly name: CommandName;
  readonly changes: readonly Change[];
}

/** The command that undoes `command` (once `command` has been applied). */
export function inverseOf(command: Command): Command {
  return {
    name: command.name,
    changes: [...command.changes]
      .reverse()
      .map((c) =>
        c.kind === 'node'
          ? { kind: 'node', id: c.id, index: c.index, before: c.after, after: c.before }
          : { kind: 'edge', id: c.id, index: c.index, before: c.after, after: c.before },
      ),
  };
}

export type CommandResult =
  | { readonly ok: true; readonly graph: GraphModel }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function applyTo<K extends RecordKind>(
  list: RecordOf<K>[],
  change: { id: string; index: number; before: RecordOf<K> | null; after: RecordOf<K> | null },
): boolean {
  if (change.before === null) {
    if (change.after === null || list.some((r) => r.id === change.id)) return false;
    list.splice(Math.max(0, Math.min(change.index, list.length)), 0, change.after);
    return true;
  }
  const at =
    list[change.index]?.id === change.id ? change.index : list.findIndex((r) => r.id === change.id);
  if (at < 0) return false;
  if (change.after === null) list.splice(at, 1);
  else list[at] = change.after;
  return true;
}

/**
 * Applies a command: graph in, graph out, through the same schema and semantic checks as any
 * file, so no command can leave the graph invalid. In: a graph and a command made for it. Out:
 * the new graph, or the problems and nothing changed (a record already there, one missing, or
 * a result the checks refuse: an empty label, a dangling reference, a duplicate id).
 */
export function applyCommand(graph: GraphModel, command: Command): CommandResult {
  const nodes = [...graph.nodes];
  const edges = [...graph.edges];
  for (const change of command.changes) {
    const ok = change.kind === 'node' ? applyTo(nodes, change) : applyTo(edges, change);
    if (!ok) return { ok: false, problems: [] };
  }
  const loaded = loadGraphValue(plainFile(graph, nodes, edges));
  return loaded.ok ? { ok: true, graph: loaded.graph } : { ok: false, problems: loaded.problems };
}

/** An id made from a label, unused by any node or edge: `suzuki-takashi`, then `-2`, `-3`. */
export function freshId(graph: GraphModel, label: string, fallback: string): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  const taken = (id: string) =>
    graph.nodeById.has(id) || graph.edgeById.has(id) || RESERVED_IDS.has(id);
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

const nodeIndex = (graph: GraphModel, id: string) => graph.nodes.findIndex((n) => n.id === id);
const edgeIndex = (graph: GraphModel, id: string) => graph.edges.findIndex((e) => e.id === id);

/** A new node at the end of the list, with an id from its English label. */
export function addNode(graph: GraphModel, draft: Omit<GraphNode, 'id'>): Command {
  const node: GraphNode = { ...draft, id: freshId(graph, draft.label.en, 'node') };
  return {
    name: { code: 'node.add', params: { label: node.label.en } },
    changes: [{ kind: 'node', id: node.id, index: graph.nodes.length, before: null, after: node }],
  };
}

/** A node's fields changed (a label given is a rename); null when the node is not there. */
export function editNode(
  graph: GraphModel,
  id: string,
  fields: Partial<Omit<GraphNode, 'id'>>,
): Command | null {
  const before = graph.nodeById.get(id);
  if (!before) return null;
  const after: GraphNode = { ...before, ...fields, id };
  const renamed = Object.keys(fields).length === 1 && fields.label !== undefined;
  return {
    name: {
      code: renamed ? 'node.rename' : 'node.edit',
      params: { label: before.label.en, to: after.label.en },
    },
    changes: [{ kind: 'node', id, index: nodeIndex(graph, id), before, after }],
  };
}

/** Nodes moved to new places, as one step (a drag, or a layout that moved them). */
export function moveNodes(
  graph: GraphModel,
  places: ReadonlyMap<string, { readonly x: number; readonly y: number }>,
): Command {
  const changes: Change[] = [];
  for (const [id, p] of places) {
    const before = graph.nodeById.get(id);
    if (!before || (before.position?.x === p.x && before.position.y === p.y)) continue;
    const after: GraphNode = { ...before, position: { x: p.x, y: p.y } };
    changes.push({ kind: 'node', id, index: nodeIndex(graph, id), before, after });
  }
  return { name: { code: 'node.move', params: { count: changes.length } }, changes };
}

/**
 * A node deleted with all that would dangle without it: its relationships go, people who
 * belonged to it no longer say so, and relationships stated at it (a meeting) keep standing
 * without the meeting. Null when the node is not there.
 */
export function deleteNode(graph: GraphModel, id: string): Command | null {
  const node = graph.nodeById.get(id);
  if (!node) return null;
  const changes: Change[] = [];
  const incident = new Set((graph.incident.get(id) ?? []).map((e) => e.id));
  // From the end of the list, so each index still points where the record is when it goes.
  for (let i = graph.edges.length - 1; i >= 0; i--) {
    const e = graph.edges[i]!;
    if (incident.has(e.id))
      changes.push({ kind: 'edge', id: e.id, index: i, before: e, after: null });
    else if (e.meeting === id) {
      const { meeting: _m, ...rest } = e;
      changes.push({ kind: 'edge', id: e.id, index: i, before: e, after: rest });
    }
  }
  graph.nodes.forEach((n, i) => {
    if (n.organisation !== id) return;
    const { organisation: _o, ...rest } = n;
    changes.push({ kind: 'node', id: n.id, index: i, before: n, after: rest });
  });
  changes.push({ kind: 'node', id, index: nodeIndex(graph, id), before: node, after: null });
  return {
    name: { code: 'node.delete', params: { label: node.label.en, edges: incident.size } },
    changes,
  };
}

/** A new relationship at the end of the list, with an id from its ends and relation. */
export function addEdge(graph: GraphModel, draft: Omit<GraphEdge, 'id'>): Command {
  const id = freshId(graph, `e-${draft.source}-${draft.relation}-${draft.target}`, 'edge');
  const edge: GraphEdge = { ...draft, id };
  return {
    name: { code: 'edge.add', params: { label: edge.label.en } },
    changes: [{ kind: 'edge', id, index: graph.edges.length, before: null, after: edge }],
  };
}

/** A relationship's fields changed; null when it is not there. */
export function editEdge(
  graph: GraphModel,
  id: string,
  fields: Partial<Omit<GraphEdge, 'id'>>,
): Command | null {
  const before = graph.edgeById.get(id);
  if (!before) return null;
  const after: GraphEdge = { ...before, ...fields, id };
  return {
    name: { code: 'edge.edit', params: { label: before.label.en } },
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
      params: { label: before.label.en, evidence: before.provenance.length },
    },
    changes: [{ kind: 'edge', id, index: edgeIndex(graph, id), before, after: null }],
  };
}
