import { meetingRoleOf, summariseMeeting } from '../meetings';
import type { GraphEdge, GraphModel, GraphNode } from '../model';
import type { NodeType } from '../../schema/graphFile';
import type { CompactGraph } from './compact';

/** Node types that can own a topic: an institution, not a meeting, place or document. */
const OWNER_TYPES: ReadonlySet<NodeType> = new Set(['organisation', 'government']);

/** A topic raised at meetings that no institution is tied to outside them. */
export interface TopicGap {
  readonly topic: GraphNode;
  /** The edges that tie it to meetings: the evidence that it was raised. */
  readonly raisedBy: readonly GraphEdge[];
}

const otherEnd = (e: GraphEdge, id: string) => (e.source === id ? e.target : e.source);

/**
 * Topics a meeting discussed or produced (by what the relation means, or an edge stated in a
 * meeting's course) with no organisation or government linked to them. In: a graph. Out: the
 * topics in file order, each with the edges that raised it.
 */
export function topicGaps(graph: GraphModel): TopicGap[] {
  const out: TopicGap[] = [];
  for (const topic of graph.nodesByType.get('topic') ?? []) {
    const edges = graph.incident.get(topic.id) ?? [];
    const typeOf = (e: GraphEdge) => graph.nodeById.get(otherEnd(e, topic.id))?.type;
    const raisedBy = edges.filter((e) => {
      if (typeOf(e) !== 'meeting') return false;
      const role = meetingRoleOf(graph, e.relation);
      return role === 'topic' || role === 'produced' || e.meeting !== undefined;
    });
    if (raisedBy.length === 0) continue;
    if (edges.some((e) => OWNER_TYPES.has(typeOf(e) ?? 'other'))) continue;
    out.push({ topic, raisedBy });
  }
  return out;
}

/** What a meeting produced: the relationships stated in its course. */
export interface MeetingOutcome {
  readonly meeting: GraphNode;
  readonly outcomes: readonly GraphEdge[];
}

/**
 * Every meeting with the relationships stated in its course and those its relations say it
 * produced (maybe none), in file order.
 */
export function meetingOutcomes(graph: GraphModel): MeetingOutcome[] {
  return (graph.nodesByType.get('meeting') ?? []).map((meeting) => ({
    meeting,
    outcomes: summariseMeeting(graph, meeting.id).outcomes,
  }));
}

/**
 * The nodes that would lose every tie to the rest of their component if `cut` were removed:
 * all parts but the largest, found by search from each neighbour. In: the node's index.
 * Out: node indices, smallest part first. O(nodes + edges).
 */
export function cutOffBy(
  g: CompactGraph,
  neighbours: readonly ReadonlySet<number>[],
  cut: number,
): number[] {
  const part = new Int32Array(g.n).fill(-1);
  part[cut] = -2;
  const parts: number[][] = [];
  for (const start of neighbours[cut] ?? []) {
    if (part[start] !== -1) continue;
    const members = [start];
    part[start] = parts.length;
    for (let i = 0; i < members.length; i++)
      for (const w of neighbours[members[i]!]!)
        if (part[w] === -1) {
          part[w] = parts.length;
          members.push(w);
        }
    parts.push(members);
  }
  parts.sort((a, b) => a.length - b.length);
  return parts.slice(0, -1).flat();
}
