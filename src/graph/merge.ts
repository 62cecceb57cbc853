import { spanOf } from './dates';
import type { AttributeValue, GraphModel, GraphNode } from './model';
import type { Change, Command } from './commands';
import { said } from './moves';
import { storyChangesAfter } from './storyRefs';

/** Fields of which a merged node keeps one value: the user picks when the nodes differ. */
/** The earliest or latest of some partial dates, compared at their precision. */
function edgeOf(dates: readonly (string | undefined)[], which: 'first' | 'last') {
  const given = dates.flatMap((d) => {
    const span = spanOf(d);
    return d && span ? [{ d, day: which === 'first' ? span.first : span.last }] : [];
  });
  given.sort((a, b) => (which === 'first' ? a.day - b.day : b.day - a.day));
  return given[0]?.d;
}

function mergedAssessments(keep: GraphNode, nodes: readonly GraphNode[]) {
  const byDate = new Map<string, NonNullable<GraphNode['assessments']>[number]>();
  for (const n of [keep, ...nodes])
    for (const a of n.assessments ?? []) if (!byDate.has(a.date)) byDate.set(a.date, a);
  const list = [...byDate.values()].sort(
    (a, b) => (spanOf(a.date)?.first ?? 0) - (spanOf(b.date)?.first ?? 0),
  );
  return list.length ? list : undefined;
}

export const MERGE_FIELDS = ['type', 'role', 'organisation', 'description', 'date'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number] | `attribute:${string}`;

/** A field the nodes to merge give different values, with each node's value as text. */
export interface MergeConflict {
  readonly field: MergeField;
  readonly choices: readonly { readonly node: string; readonly text: string }[];
}

const fieldText = (node: GraphNode, field: MergeField): string | undefined => {
  if (field.startsWith('attribute:')) {
    const value: AttributeValue | undefined = node.attributes?.[field.slice(10)];
    return value === undefined ? undefined : JSON.stringify(value);
  }
  switch (field) {
    case 'type':
      return node.type;
    case 'organisation':
      return node.organisation;
    case 'date':
      return node.date;
    case 'role':
      return node.role ? `${node.role.en} / ${node.role.hi}` : undefined;
    case 'description':
      return node.description ? `${node.description.en} / ${node.description.hi}` : undefined;
    default:
      return undefined;
  }
};

/**
 * Where the nodes to merge disagree: each field two or more of them give, differently.
 * A field only one gives is kept without asking.
 */
export function mergeConflicts(graph: GraphModel, ids: readonly string[]): MergeConflict[] {
  const nodes = ids.flatMap((id) => graph.nodeById.get(id) ?? []);
  const keys = new Set(nodes.flatMap((n) => Object.keys(n.attributes ?? {})));
  const fields: MergeField[] = [
    ...MERGE_FIELDS,
    ...[...keys].map((k) => `attribute:${k}` as const),
  ];
  const out: MergeConflict[] = [];
  for (const field of fields) {
    const choices = nodes.flatMap((n) => {
      const text = fieldText(n, field);
      return text === undefined ? [] : [{ node: n.id, text }];
    });
    if (new Set(choices.map((c) => c.text)).size > 1) out.push({ field, choices });
  }
  return out;
}

const unique = <T>(items: readonly T[], key: (t: T) => string = String) => {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
};

/**
 * Two or more nodes merged into the first: the others' names become its aliases, their
 * sectors, links and attributes join its own, every relationship and reference to them moves to
 * it (nothing is dropped, so every piece of evidence stays), and they go. `picks` names, for a
 * field in conflict, the node whose value wins; the first node's wins otherwise.
 * Null for fewer than two distinct nodes that exist.
 */
export function mergeNodes(
  graph: GraphModel,
  ids: readonly string[],
  picks: ReadonlyMap<MergeField, string> = new Map(),
): Command | null {
  const nodes = unique(ids).flatMap((id) => graph.nodeById.get(id) ?? []);
  const [keep, ...others] = nodes;
  if (!keep || others.length === 0) return null;
  const gone = new Set(others.map((n) => n.id));
  const moved = (id: string) => (gone.has(id) ? keep.id : id);
  const winner = (field: MergeField): GraphNode => {
    const picked = graph.nodeById.get(picks.get(field) ?? '');
    if (picked && nodes.includes(picked)) return picked;
    return nodes.find((n) => fieldText(n, field) !== undefined) ?? keep;
  };
  const own = new Set([keep.label.en, keep.label.hi]);
  const aliases = unique(
    nodes.flatMap((n) => [
      ...(n === keep ? [] : [n.label.en, ...(n.label.hiMissing ? [] : [n.label.hi])]),
      ...(n.aliases ?? []),
    ]),
  ).filter((a) => !own.has(a));
  const attributes: Record<string, AttributeValue> = {};
  for (const key of new Set(nodes.flatMap((n) => Object.keys(n.attributes ?? {})))) {
    const from = winner(`attribute:${key}`);
    const value = from.attributes?.[key];
    if (value !== undefined) attributes[key] = value;
  }
  const organisation = winner('organisation').organisation;
  const merged: GraphNode = {
    ...keep,
    type: winner('type').type,
    sectors: unique(nodes.flatMap((n) => n.sectors)),
    ...(aliases.length ? { aliases } : {}),
    ...optional('role', winner('role').role),
    ...optional('organisation', organisation === undefined ? undefined : moved(organisation)),
    ...optional('description', winner('description').description),
    ...optional('date', winner('date').date),
    // One stakeholder recorded twice existed from the earliest start to the latest end given,
    // and keeps every dated assessment (the kept node's where two share a date).
    ...optional(
      'start',
      edgeOf(
        nodes.map((n) => n.start),
        'first',
      ),
    ),
    ...optional(
      'end',
      edgeOf(
        nodes.map((n) => n.end),
        'last',
      ),
    ),
    ...optional('assessments', mergedAssessments(keep, nodes)),
    ...optional('target', keep.target ?? nodes.find((n) => n.target)?.target),
    ...optional(
      'links',
      unique(
        nodes.flatMap((n) => n.links ?? []),
        (l) => l.url,
      ),
    ),
    ...optional('attributes', Object.keys(attributes).length ? attributes : undefined),
  };
  const changes: Change[] = [];
  graph.edges.forEach((e, index) => {
    const meeting = e.meeting === undefined ? undefined : moved(e.meeting);
    if (!gone.has(e.source) && !gone.has(e.target) && meeting === e.meeting) return;
    const after = {
      ...e,
      source: moved(e.source),
      target: moved(e.target),
      ...optional('meeting', meeting),
    };
    changes.push({ kind: 'edge', id: e.id, index, before: e, after });
  });
  graph.nodes.forEach((n, index) => {
    if (n === keep) changes.push({ kind: 'node', id: n.id, index, before: n, after: merged });
    else if (!gone.has(n.id) && n.organisation !== undefined && gone.has(n.organisation))
      changes.push({
        kind: 'node',
        id: n.id,
        index,
        before: n,
        after: { ...n, organisation: keep.id },
      });
  });
  for (let index = graph.nodes.length - 1; index >= 0; index--) {
    const n = graph.nodes[index]!;
    if (gone.has(n.id)) changes.push({ kind: 'node', id: n.id, index, before: n, after: null });
  }
  changes.push(...storyChangesAfter(graph, gone, new Set(), keep.id));
  return {
    name: { code: 'nodes.merge', params: { ...said(keep.label), count: nodes.length } },
    changes,
  };
}

/** A field set only when it has a value: a merged record never carries an `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  const out: { [P in K]?: V } = {};
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[key] = value;
  return out;
}
