import type { Assessment, Stance } from '../schema/graphFile';
import { STANCES } from '../schema/graphFile';
import type { DeepReadonly } from '../schema/values';
import { numberOf } from './analysis/columns';
import type { Command } from './commands';
import { spanOf } from './dates';
import { said } from './edits';
import type { GraphModel, GraphNode } from './model';

/**
 * Where stakeholders stand: their dated assessments on the power–interest (Mendelow) grid. On
 * the 1–5 scale, 3 and above counts as high, so a stakeholder judged of middling influence is
 * kept satisfied rather than merely monitored.
 */

export type GridAssessment = DeepReadonly<Assessment>;

/** A place on the grid. */
export interface GridPlace {
  readonly influence: number;
  readonly interest: number;
  readonly stance: Stance;
  /** The assessment's date; undefined where the place comes from plain attributes. */
  readonly date?: string;
}

/** From this value up, influence or interest is high. */
export const HIGH_FROM = 3;

export type Quadrant = 'manageClosely' | 'keepSatisfied' | 'keepInformed' | 'monitor';

export function quadrantOf(place: { influence: number; interest: number }): Quadrant {
  const power = place.influence >= HIGH_FROM;
  const interest = place.interest >= HIGH_FROM;
  return power
    ? interest
      ? 'manageClosely'
      : 'keepSatisfied'
    : interest
      ? 'keepInformed'
      : 'monitor';
}

/** A node's assessments, oldest first (equal dates in the order they were recorded). */
export function assessmentsOf(node: GraphNode): readonly GridAssessment[] {
  const list = node.assessments ?? [];
  const first = (a: GridAssessment) => spanOf(a.date)?.first ?? 0;
  return [...list]
    .map((a, i) => ({ a, i }))
    .sort((p, q) => first(p.a) - first(q.a) || p.i - q.i)
    .map((p) => p.a);
}

/**
 * The assessment valid on a day: the latest one made by then (its date's first day no later
 * than `day`); the latest of all without a day. Undefined when none was made by then.
 */
export function assessmentAt(node: GraphNode, day?: number): GridAssessment | undefined {
  const sorted = assessmentsOf(node);
  if (day === undefined) return sorted.at(-1);
  let found: GridAssessment | undefined;
  for (const a of sorted) if ((spanOf(a.date)?.first ?? Infinity) <= day) found = a;
  return found;
}

const onScale = (n: number) => (Number.isFinite(n) ? Math.min(5, Math.max(1, Math.round(n))) : NaN);

/**
 * Where a node stands on a day: its assessment then, else (for a node never assessed) its own
 * `influence` and `interest` attributes on the 1–5 scale, as a spreadsheet or a foreign export
 * of ours gives them. Undefined when neither says.
 */
export function gridPlaceOf(node: GraphNode, day?: number): GridPlace | undefined {
  const a = assessmentAt(node, day);
  if (a) return { influence: a.influence, interest: a.interest, stance: a.stance, date: a.date };
  if (node.assessments?.length) return undefined;
  const influence = onScale(numberOf(node, 'influence'));
  const interest = onScale(numberOf(node, 'interest'));
  if (Number.isNaN(influence) || Number.isNaN(interest)) return undefined;
  const word = node.attributes?.stance;
  const stance = STANCES.find((s) => typeof word === 'string' && s === word.trim().toLowerCase());
  return { influence, interest, stance: stance ?? 'unknown' };
}

const nodeIndex = (graph: GraphModel, id: string) => graph.nodes.findIndex((n) => n.id === id);

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

/** A place on the grid from a drawn position, snapped to the scale (see scatter.ts's cells). */
export function snapToScale(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}
