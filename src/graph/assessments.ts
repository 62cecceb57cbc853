import type { Assessment, Stance } from '../schema/graphFile';
import { STANCES } from '../schema/graphFile';
import type { DeepReadonly } from '../schema/values';
import { numberOf } from './analysis/columns';
import { spanOf } from './dates';
import type { GraphNode } from './model';

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

/** A place on the grid from a drawn position, snapped to the scale (see scatter.ts's cells). */
export function snapToScale(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}
