import type { GraphEdge, GraphNode } from '../../graph/model';
import type { NodeType } from '../../schema/graphFile';
import type { MessageKey } from '../../i18n/strings';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import NodeLink from './NodeLink';

const PARTICIPANT_TYPES = new Set<NodeType>(['person', 'organisation', 'government', 'country']);

/** Who took part, where, on what, and with what result: read from the meeting's edges by type. */
export default function MeetingSummary({ meeting }: { meeting: GraphNode }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const edges = graph.incident.get(meeting.id) ?? [];
  const ends = (
    pick: (e: GraphEdge) => string,
    types: ReadonlySet<NodeType>,
    list: readonly GraphEdge[],
  ) =>
    list.flatMap((e) => {
      const n = graph.nodeById.get(pick(e));
      return n && n.id !== meeting.id && types.has(n.type) ? [n] : [];
    });
  const participants = ends(
    (e) => e.source,
    PARTICIPANT_TYPES,
    edges.filter((e) => e.target === meeting.id),
  );
  const venues = ends(
    (e) => e.target,
    new Set<NodeType>(['place']),
    edges.filter((e) => e.source === meeting.id),
  );
  const topics = ends(
    (e) => e.target,
    new Set<NodeType>(['topic']),
    edges.filter((e) => e.source === meeting.id),
  );
  const outcomes = graph.edgesByMeeting.get(meeting.id) ?? [];
  const section = (key: MessageKey, nodes: GraphNode[]) =>
    nodes.length ? (
      <div>
        <dt>{t(key)}</dt>
        <dd>
          <ul className="inline-list">
            {[...new Map(nodes.map((n) => [n.id, n])).values()].map((n) => (
              <li key={n.id}>
                <NodeLink node={n} />
              </li>
            ))}
          </ul>
        </dd>
      </div>
    ) : null;
  return (
    <dl className="meeting-summary">
      {section('details.participants', participants)}
      {section('details.venue', venues)}
      {section('details.topics', topics)}
      {outcomes.length ? (
        <div>
          <dt>{t('details.outcomes')}</dt>
          <dd>
            <ul>
              {outcomes.map((e) => {
                const from = graph.nodeById.get(e.source);
                const to = graph.nodeById.get(e.target);
                return (
                  <li key={e.id}>
                    {from ? loc(from.label) : e.source} — {loc(e.label)} —{' '}
                    {to ? <NodeLink node={to} /> : e.target}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
