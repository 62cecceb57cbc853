import type { Command } from './commands';
import { assessmentsOf, type GridAssessment } from './assessments';
import { spanOf } from './dates';
import { nodeIndex, said } from './moves';
import type { GraphModel, GraphNode } from './model';

/**
 * The commands of the power–interest grid: an assessment recorded or deleted, a target set.
 * Kept apart from the reading of assessments, which every view of the grid needs, so the page
 * fetches the editing code only when a user edits.
 */

function withAssessments(
  graph: GraphModel,
  id: string,
  code: 'node.assess' | 'node.assess.delete' | 'node.target',
  date: string,
  change: (node: GraphNode) => Partial<GraphNode>,
): Command | null {
  const before = graph.nodeById.get(id);
  if (!before) return null;
  const after: GraphNode = { ...before, ...change(before) };
  return {
    name: { code, params: { ...said(before.label), date } },
    changes: [{ kind: 'node', id, index: nodeIndex(graph, id), before, after }],
  };
}

/**
 * A node assessed: the assessment joins its list in date order, replacing one of the same
 * date (a second drag the same day corrects the first rather than adding to the trail). Null
 * when the node is not there.
 */
export function assess(graph: GraphModel, id: string, assessment: GridAssessment): Command | null {
  return withAssessments(graph, id, 'node.assess', assessment.date, (node) => {
    const kept = assessmentsOf(node).filter((a) => a.date !== assessment.date);
    const day = spanOf(assessment.date)?.first ?? 0;
    const at = kept.findIndex((a) => (spanOf(a.date)?.first ?? 0) > day);
    const list =
      at < 0 ? [...kept, assessment] : [...kept.slice(0, at), assessment, ...kept.slice(at)];
    return { assessments: list };
  });
}

/** One of a node's assessments taken away (the last one leaves no list at all). */
export function deleteAssessment(graph: GraphModel, id: string, date: string): Command | null {
  const node = graph.nodeById.get(id);
  if (!node?.assessments?.some((a) => a.date === date)) return null;
  return withAssessments(graph, id, 'node.assess.delete', date, (n) => {
    const rest = (n.assessments ?? []).filter((a) => a.date !== date);
    return { assessments: rest.length ? rest : undefined };
  });
}

/** Where the user wants a node to stand, or no target (null). */
export function setTarget(
  graph: GraphModel,
  id: string,
  target: { influence: number; interest: number } | null,
): Command | null {
  return withAssessments(graph, id, 'node.target', '', () => ({ target: target ?? undefined }));
}

/** Several nodes assessed at once (a drag of picked nodes), as one step; null for none. */
export function assessMany(
  graph: GraphModel,
  list: readonly { readonly id: string; readonly assessment: GridAssessment }[],
): Command | null {
  const commands = list.flatMap(({ id, assessment }) => assess(graph, id, assessment) ?? []);
  const [first] = commands;
  if (!first) return null;
  return commands.length === 1
    ? first
    : { name: first.name, changes: commands.flatMap((c) => c.changes) };
}
