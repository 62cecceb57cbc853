import { selectAnalysedGraph } from '../../store/timeDerived';
import { topicGapsFor } from '../../store/insightsDerived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import EdgeLine from './EdgeLine';
import NodeLink from '../details/NodeLink';

/** Topics raised at meetings that no organisation or government is linked to. */
export default function TopicGaps() {
  const { t } = useT();
  // What existed as of the view, when the analyses follow it.
  const graph = useApp(selectAnalysedGraph);
  const gaps = topicGapsFor(graph);
  const meetings = graph.nodesByType.has('meeting');
  return (
    <section aria-labelledby="gaps-heading">
      <h3 id="gaps-heading">{t('insights.gaps')}</h3>
      <p className="hint">{t('insights.gapsHint')}</p>
      {!meetings ? <p>{t('insights.noMeetings')}</p> : null}
      {meetings && !gaps.length ? <p>{t('insights.noGaps')}</p> : null}
      <ul className="insight-list">
        {gaps.map((gap) => (
          <li key={gap.topic.id}>
            <NodeLink node={gap.topic} />
            <p className="insight-sub">{t('insights.raisedAt')}:</p>
            {gap.raisedBy.map((edge) => (
              <EdgeLine key={edge.id} edge={edge} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
