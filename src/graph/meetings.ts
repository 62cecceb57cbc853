import { MEETING_ROLES, type MeetingRole } from '../schema/graphFile';
import type { GraphEdge, GraphModel, GraphNode } from './model';

/**
 * Relation names that say what they mean for a meeting, for files that do not say it
 * (foreign formats carry a relation as a bare name). Compared without case, spaces,
 * underscores or dashes. A relation absent here and without `meeting` in the file means
 * nothing for a meeting: an edge of it is never taken for a participant or a topic.
 */
const KNOWN: Readonly<Record<MeetingRole, readonly string[]>> = {
  'took-part': [
    'took part in',
    'participated in',
    'participated_in',
    'participant',
    'participant in',
    'attended',
    'attendee',
    'present at',
  ],
  directed: ['directed', 'ordered', 'instructed', 'convened'],
  venue: ['held in', 'held at', 'held_in', 'venue', 'took place in', 'took place at'],
  topic: ['discussed', 'topic', 'on the agenda', 'agenda item'],
  produced: [
    'agreed on',
    'agreed_on',
    'produced',
    'resulted in',
    'outcome',
    'is expected to bring',
  ],
  reported: ['reports on', 'reports_on', 'reported on', 'covers'],
};

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
const BY_NAME = new Map<string, MeetingRole>(
  MEETING_ROLES.flatMap((role) => KNOWN[role].map((n): [string, MeetingRole] => [norm(n), role])),
);

/** What a relation means for a meeting: as the file says, or as its id or English name says. */
export function meetingRoleOf(graph: GraphModel, relationId: string): MeetingRole | undefined {
  const relation = graph.relations.get(relationId);
  if (relation?.meeting) return relation.meeting;
  return (
    BY_NAME.get(norm(relationId)) ?? (relation ? BY_NAME.get(norm(relation.label.en)) : undefined)
  );
}

/** What a meeting's edges say about it, each list without repeats, in file order. */
export interface MeetingSummary {
  readonly participants: readonly GraphNode[];
  readonly directedBy: readonly GraphNode[];
  readonly venues: readonly GraphNode[];
  readonly topics: readonly GraphNode[];
  readonly reportedBy: readonly GraphNode[];
  /** Relationships stated in its course, then those its relations say it produced. */
  readonly outcomes: readonly GraphEdge[];
}

const ROLE_LIST: Readonly<Record<MeetingRole, keyof Omit<MeetingSummary, 'outcomes'> | null>> = {
  'took-part': 'participants',
  directed: 'directedBy',
  venue: 'venues',
  topic: 'topics',
  reported: 'reportedBy',
  produced: null,
};

/**
 * A meeting read from what its relations mean: whoever is at the other end of a "took part"
 * edge is a participant, whatever its type; one who directed it is not. In: the graph and a
 * meeting's id. Out: the summary (empty lists for a node without such edges).
 */
export function summariseMeeting(graph: GraphModel, meetingId: string): MeetingSummary {
  const lists = {
    participants: new Map<string, GraphNode>(),
    directedBy: new Map<string, GraphNode>(),
    venues: new Map<string, GraphNode>(),
    topics: new Map<string, GraphNode>(),
    reportedBy: new Map<string, GraphNode>(),
  };
  const outcomes = new Map<string, GraphEdge>(
    (graph.edgesByMeeting.get(meetingId) ?? []).map((e) => [e.id, e]),
  );
  for (const e of graph.incident.get(meetingId) ?? []) {
    const role = meetingRoleOf(graph, e.relation);
    if (!role) continue;
    if (role === 'produced') {
      outcomes.set(e.id, e);
      continue;
    }
    const other = graph.nodeById.get(e.source === meetingId ? e.target : e.source);
    const list = ROLE_LIST[role];
    if (other && other.id !== meetingId && list) lists[list].set(other.id, other);
  }
  const values = (m: Map<string, GraphNode>) => [...m.values()];
  return {
    participants: values(lists.participants),
    directedBy: values(lists.directedBy),
    venues: values(lists.venues),
    topics: values(lists.topics),
    reportedBy: values(lists.reportedBy),
    outcomes: [...outcomes.values()],
  };
}
