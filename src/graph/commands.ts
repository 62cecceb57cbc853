import {
  edgeSchema,
  metaSchema,
  nodeSchema,
  relationSchema,
  sectorSchema,
  sourceSchema,
  storySchema,
} from '../schema/graphFile';
import type { CommandCode } from '../schema/history';
import { LIMITS } from '../schema/limits';
import { problemsFromZod, tooMany, type Problem } from '../schema/problems';
import { checkSemantics } from '../schema/semantic';
import { modelFromParts, type GraphModel, type GraphParts } from './model';
import { plain } from './plain';

/** Every kind of record a change can touch, with its type in the model. */
export interface RecordTypes {
  readonly node: GraphParts['nodes'][number];
  readonly edge: GraphParts['edges'][number];
  readonly sector: GraphParts['sectors'][number];
  readonly relation: GraphParts['relations'][number];
  readonly source: GraphParts['sources'][number];
  readonly story: GraphParts['stories'][number];
  readonly meta: GraphParts['meta'];
}
export type RecordKind = keyof RecordTypes;

/**
 * One record's change: put in (`before` null), taken out (`after` null), or replaced. `index`
 * is its place in its list (where it goes in, where it was), so undoing puts it back exactly.
 * The graph's meta is one record (id `meta`), replaced, never put in or taken out.
 */
export type Change = {
  [K in RecordKind]: {
    readonly kind: K;
    readonly id: string;
    readonly index: number;
    readonly before: RecordTypes[K] | null;
    readonly after: RecordTypes[K] | null;
  };
}[RecordKind];

/** What a command is called in the history, as a code and parameters the interface words. */
export interface CommandName {
  readonly code: CommandCode;
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

function flip(c: Change): Change {
  switch (c.kind) {
    case 'node':
      return { ...c, before: c.after, after: c.before };
    case 'edge':
      return { ...c, before: c.after, after: c.before };
    case 'sector':
      return { ...c, before: c.after, after: c.before };
    case 'relation':
      return { ...c, before: c.after, after: c.before };
    case 'source':
      return { ...c, before: c.after, after: c.before };
    case 'story':
      return { ...c, before: c.after, after: c.before };
    case 'meta':
      return { ...c, before: c.after, after: c.before };
  }
}

/** The command that undoes `command` (once `command` has been applied). */
export function inverseOf(command: Command): Command {
  return { name: command.name, changes: [...command.changes].reverse().map(flip) };
}

export type CommandResult =
  | {
      readonly ok: true;
      readonly graph: GraphModel;
      /** The command as applied: each record as the schema reads it (text trimmed, Hindi
       * filled in from English where left out), so its inverse gives back exactly this graph. */
      readonly command: Command;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const LIST = {
  node: 'nodes',
  edge: 'edges',
  sector: 'sectors',
  relation: 'relations',
  source: 'sources',
  story: 'stories',
  meta: 'meta',
} as const;

type Parse<T> = (
  value: unknown,
) =>
  | { success: true; data: T }
  | { success: false; error: { issues: Parameters<typeof problemsFromZod>[0] } };

/**
 * A record as an import would read it: the record read again, null when it is gone, or
 * undefined with its problems located where it would stand in the file.
 */
function reread<T extends object>(
  change: { readonly kind: RecordKind; readonly index: number },
  after: T | null,
  parse: Parse<T>,
  problems: Problem[],
): T | null | undefined {
  if (after === null) return null;
  const r = parse(plain(after));
  if (r.success) return r.data;
  const at = change.kind === 'meta' ? ['meta'] : [LIST[change.kind], change.index];
  problemsFromZod(r.error.issues, at, problems);
  return undefined;
}

const opts = { reportInput: true } as const;

function parsed(c: Change, problems: Problem[]): Change | null {
  switch (c.kind) {
    case 'node': {
      const after = reread(c, c.after, (v) => nodeSchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
    case 'edge': {
      const after = reread(c, c.after, (v) => edgeSchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
    case 'sector': {
      const after = reread(c, c.after, (v) => sectorSchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
    case 'relation': {
      const after = reread(c, c.after, (v) => relationSchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
    case 'source': {
      const after = reread(c, c.after, (v) => sourceSchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
    case 'story': {
      const after = reread(c, c.after, (v) => storySchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
    case 'meta': {
      const after = reread(c, c.after, (v) => metaSchema.safeParse(v, opts), problems);
      return after === undefined ? null : { ...c, after };
    }
  }
}

interface Lists {
  nodes: RecordTypes['node'][];
  edges: RecordTypes['edge'][];
  sectors: RecordTypes['sector'][];
  relations: RecordTypes['relation'][];
  sources: RecordTypes['source'][];
  stories: RecordTypes['story'][];
  meta: RecordTypes['meta'];
}

function put<T extends { readonly id: string }>(
  list: T[],
  change: { id: string; index: number; before: T | null; after: T | null },
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

function applyChange(lists: Lists, c: Change): boolean {
  switch (c.kind) {
    case 'node':
      return put(lists.nodes, c);
    case 'edge':
      return put(lists.edges, c);
    case 'sector':
      return put(lists.sectors, c);
    case 'relation':
      return put(lists.relations, c);
    case 'source':
      return put(lists.sources, c);
    case 'story':
      return put(lists.stories, c);
    case 'meta':
      if (c.after === null) return false;
      lists.meta = c.after;
      return true;
  }
}

/**
 * Applies a command: graph in, graph out, through the same schema and semantic checks as any
 * file, so no command can leave the graph invalid. Only the records it changes pass the schema
 * again (the others passed it when they were loaded); the reference checks run over the whole
 * result, as for an import. In: a graph and a command made for it. Out: the new graph, which
 * shares every record the command did not touch, or the problems and nothing changed (a record
 * already there or missing, an empty label, a dangling reference, a duplicate id).
 */
export function applyCommand(graph: GraphModel, command: Command): CommandResult {
  const lists: Lists = {
    nodes: [...graph.nodes],
    edges: [...graph.edges],
    sectors: [...graph.sectors.values()],
    relations: [...graph.relations.values()],
    sources: [...graph.sources.values()],
    stories: [...graph.stories.values()],
    meta: graph.meta,
  };
  const problems: Problem[] = [];
  const applied: Change[] = [];
  for (const change of command.changes) {
    const c = parsed(change, problems);
    if (c === null) continue;
    if (!applyChange(lists, c)) return { ok: false, problems: [] };
    applied.push(c);
  }
  if (lists.nodes.length > LIMITS.maxNodes)
    problems.push(tooMany('nodes', lists.nodes.length, LIMITS.maxNodes, { path: 'nodes' }));
  if (lists.edges.length > LIMITS.maxEdges)
    problems.push(tooMany('edges', lists.edges.length, LIMITS.maxEdges, { path: 'edges' }));
  if (problems.length) return { ok: false, problems };
  const { errors } = checkSemantics({ format: 'stakeholder-graph', version: 1, ...lists });
  if (errors.length) return { ok: false, problems: errors };
  return {
    ok: true,
    // Lists the command left as they were stay the old model's own, so what is derived from
    // them alone (bundles, degrees) is not made again.
    graph: modelFromParts({
      ...lists,
      nodes: sameItems(lists.nodes, graph.nodes) ? graph.nodes : lists.nodes,
      edges: sameItems(lists.edges, graph.edges) ? graph.edges : lists.edges,
    }),
    command: { name: command.name, changes: applied },
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
