import type { GraphNode } from '../../graph/model';
import { summariseMeeting } from '../../graph/meetings';
import type { MessageKey } from '../../i18n/strings';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import NodeLink from './NodeLink';

/**
 * Who took part, who directed it, where, on what, and with what result: read from what each
 * of the meeting's relations means, so one who ordered a meeting is never listed as attending.
 */
export default function MeetingSummary({ meeting }: { meeting: GraphNode }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const summary = summariseMeeting(graph, meeting.id);
  const section = (key: MessageKey, nodes: readonly GraphNode[], name: string) =>
    nodes.length ? (
      <div data-meeting={name}>
        <dt>{t(key)}</dt>
        <dd>
          <ul className="inline-list">
            {nodes.map((n) => (
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
      {section('details.participants', summary.participants, 'participants')}
      {section('details.directedBy', summary.directedBy, 'directed')}
      {section('details.venue', summary.venues, 'venue')}
      {section('details.topics', summary.topics, 'topics')}
      {summary.outcomes.length ? (
        <div data-meeting="outcomes">
          <dt>{t('details.outcomes')}</dt>
          <dd>
            <ul>
              {summary.outcomes.map((e) => {
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
      {section('details.reportedBy', summary.reportedBy, 'reported')}
    </dl>
  );
}
