import { normalisedText } from './text';
import type { GraphFile } from './graphFile';
import { problem, type Problem } from './problems';
import { viewRefs, type ViewRefKind } from './storyView';
import { isRecord, type DeepReadonly } from './values';

const MEMBER_TYPES = new Set(['organisation', 'government', 'country']);

/** What the semantic pass finds: errors stop a load, warnings are shown beside a loaded graph. */
export interface SemanticReport {
  readonly errors: Problem[];
  readonly warnings: Problem[];
}

function indexUnique<T extends { id: string }>(
  items: readonly T[],
  list: 'sectors' | 'relations' | 'sources' | 'stories',
  errors: Problem[],
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      errors.push(
        problem(
          'id.duplicate',
          { id: item.id, first: `${list}[${first}]`, what: list },
          { path: `${list}[${i}].id` },
        ),
      );
  });
  return seen;
}

/**
 * The reference checks that still make sense in a file the schema refused: ids used twice and
 * edges whose ends are no node, over every record whose ids are at least strings. So the
 * author sees these problems beside the schema's, instead of after fixing those.
 */
export function referenceProblems(value: unknown): Problem[] {
  if (!isRecord(value)) return [];
  const nodes = Array.isArray(value.nodes) ? value.nodes : [];
  const edges = Array.isArray(value.edges) ? value.edges : [];
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (item: unknown, where: string) => {
    if (!isRecord(item) || typeof item.id !== 'string') return;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, where);
    else out.push(problem('id.duplicateAcross', { id: item.id, first }, { path: `${where}.id` }));
  };
  nodes.forEach((n, i) => claim(n, `nodes[${i}]`));
  edges.forEach((e, i) => claim(e, `edges[${i}]`));
  const nodeIds = new Set(
    nodes.flatMap((n) => (isRecord(n) && typeof n.id === 'string' ? [n.id] : [])),
  );
  edges.forEach((e, i) => {
    if (!isRecord(e)) return;
    for (const end of ['source', 'target'] as const) {
      const id = e[end];
      if (typeof id === 'string' && id !== '' && !nodeIds.has(id))
        out.push(problem('ref.node', { id }, { path: `edges[${i}].${end}` }));
    }
  });
  return out;
}

/**
 * Checks what a schema cannot: unique ids, references that resolve, and declared vocabularies.
 * In: a file that passed the schema. Out: every error and warning found, each located.
 * Always holds: an empty `errors` means every reference in the file resolves.
 */
/** A start that comes after the end, each compared at its own precision ("2024" ends after "2024-05"). */
function orderProblem(
  item: { readonly start?: string; readonly end?: string },
  at: string,
  errors: Problem[],
): void {
  const { start, end } = item;
  if (start === undefined || end === undefined) return;
  const n = Math.min(start.length, end.length);
  if (start.slice(0, n) > end.slice(0, n))
    errors.push(problem('date.order', { start, end }, { path: `${at}.end` }));
}

export function checkSemantics(file: DeepReadonly<GraphFile>): SemanticReport {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const sectorIds = indexUnique(file.sectors, 'sectors', errors);
  const relationIds = indexUnique(file.relations, 'relations', errors);
  const sourceIds = indexUnique(file.sources, 'sources', errors);

  // Nodes and edges share one id space, so a selection in the URL names exactly one thing.
  const elementIds = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const first = elementIds.get(id);
    if (first === undefined) elementIds.set(id, where);
    else errors.push(problem('id.duplicateAcross', { id, first }, { path: `${where}.id` }));
  };
  file.nodes.forEach((n, i) => claim(n.id, `nodes[${i}]`));
  file.edges.forEach((e, i) => claim(e.id, `edges[${i}]`));
  const nodeIndex = new Map<string, number>();
  file.nodes.forEach((n, i) => {
    if (!nodeIndex.has(n.id)) nodeIndex.set(n.id, i);
  });
  const nodeAt = (id: string) => {
    const i = nodeIndex.get(id);
    return i === undefined ? undefined : file.nodes[i];
  };

  file.nodes.forEach((node, i) => {
    node.sectors.forEach((s, j) => {
      if (!sectorIds.has(s))
        errors.push(problem('ref.sector', { id: s }, { path: `nodes[${i}].sectors[${j}]` }));
    });
    if (new Set(node.sectors).size !== node.sectors.length)
      warnings.push(problem('sectors.repeated', {}, { path: `nodes[${i}].sectors` }));
    orderProblem(node, `nodes[${i}]`, errors);
    node.assessments?.forEach((a, j) => {
      if (a.provenance && !sourceIds.has(a.provenance.source))
        errors.push(
          problem(
            'ref.source',
            { id: a.provenance.source },
            { path: `nodes[${i}].assessments[${j}].provenance.source` },
          ),
        );
    });
    if (node.organisation !== undefined) {
      const org = nodeAt(node.organisation);
      if (!org)
        errors.push(
          problem('ref.node', { id: node.organisation }, { path: `nodes[${i}].organisation` }),
        );
      else if (!MEMBER_TYPES.has(org.type))
        errors.push(
          problem(
            'ref.notOrganisation',
            { id: node.organisation, type: org.type },
            { path: `nodes[${i}].organisation` },
          ),
        );
    }
  });

  file.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIndex.has(edge[end]))
        errors.push(problem('ref.node', { id: edge[end] }, { path: `edges[${i}].${end}` }));
    }
    orderProblem(edge, `edges[${i}]`, errors);
    if (!relationIds.has(edge.relation))
      errors.push(problem('ref.relation', { id: edge.relation }, { path: `edges[${i}].relation` }));
    if (edge.meeting !== undefined) {
      const meeting = nodeAt(edge.meeting);
      if (!meeting)
        errors.push(problem('ref.node', { id: edge.meeting }, { path: `edges[${i}].meeting` }));
      else if (meeting.type !== 'meeting')
        errors.push(
          problem(
            'ref.notMeeting',
            { id: edge.meeting, type: meeting.type },
            { path: `edges[${i}].meeting` },
          ),
        );
    }
    edge.provenance.forEach((p, j) => {
      if (!sourceIds.has(p.source))
        errors.push(
          problem('ref.source', { id: p.source }, { path: `edges[${i}].provenance[${j}].source` }),
        );
      const at = `edges[${i}].provenance[${j}].selector`;
      // Equal strings need no normalising: the common case costs one comparison on each edit.
      const exact = p.selector?.exact;
      if (
        exact !== undefined &&
        exact !== p.quote &&
        normalisedText(exact) !== normalisedText(p.quote)
      )
        errors.push(problem('evidence.selectorQuote', {}, { path: `${at}.exact` }));
      if (p.selector && p.selector.end < p.selector.start)
        errors.push(problem('evidence.selectorOrder', {}, { path: `${at}.end` }));
    });
    if (edge.provenance.length === 0)
      warnings.push(problem('evidence.missing', {}, { path: `edges[${i}].provenance` }));
  });

  indexUnique(file.stories, 'stories', errors);
  const edgeAt = new Map(file.edges.map((e) => [e.id, e]));
  const known: Record<ViewRefKind, (id: string) => boolean> = {
    element: (id) => elementIds.has(id),
    node: (id) => nodeIndex.has(id),
    edge: (id) => edgeAt.has(id),
    sector: (id) => sectorIds.has(id),
    relation: (id) => relationIds.has(id),
    source: (id) => sourceIds.has(id),
  };
  file.stories.forEach((story, i) =>
    story.steps.forEach((step, j) => {
      const at = `stories[${i}].steps[${j}]`;
      for (const ref of viewRefs(step.view))
        if (!known[ref.kind](ref.id))
          errors.push(problem(REF_CODE[ref.kind], { id: ref.id }, { path: `${at}.view` }));
      step.quotes?.forEach((q, k) => {
        const edge = edgeAt.get(q.edge);
        if (!edge)
          errors.push(problem('ref.edge', { id: q.edge }, { path: `${at}.quotes[${k}].edge` }));
        else if (q.index >= edge.provenance.length)
          errors.push(
            problem(
              'ref.quote',
              { id: q.edge, count: edge.provenance.length },
              { path: `${at}.quotes[${k}].index` },
            ),
          );
      });
    }),
  );
  return { errors, warnings };
}

const REF_CODE = {
  element: 'ref.node',
  node: 'ref.node',
  edge: 'ref.edge',
  sector: 'ref.sector',
  relation: 'ref.relation',
  source: 'ref.source',
} as const;
