import { selectAnalysedGraph } from '../../store/timeDerived';
import { meetingOutcomesFor } from '../../store/insightsDerived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import EdgeLine from './EdgeLine';
import NodeLink from '../details/NodeLink';

/** Every meeting and the relationships stated in its course, or that none are. */
export default function MeetingOutcomes() {
  const { t, n } = useT();
  // What existed as of the view, when the analyses follow it.
  const graph = useApp(selectAnalysedGraph);
  const outcomes = meetingOutcomesFor(graph);
  return (
    <section aria-labelledby="meetings-heading">
      <h3 id="meetings-heading">{t('insights.meetings')}</h3>
      <p className="hint">{t('insights.meetingsHint')}</p>
      {!outcomes.length ? <p>{t('insights.noMeetings')}</p> : null}
      <ul className="insight-list">
        {outcomes.map(({ meeting, outcomes: edges }) => (
          <li key={meeting.id}>
            <NodeLink node={meeting} />
            <p className="insight-sub">
              {edges.length === 0
                ? t('insights.producedNone')
                : edges.length === 1
                  ? t('insights.producedOne')
                  : t('insights.produced', { count: n(edges.length) })}
            </p>
            {edges.map((edge) => (
              <EdgeLine key={edge.id} edge={edge} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
