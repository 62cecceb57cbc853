import { useT } from '../../store/useT';
import MetricsStatus from '../MetricsStatus';
import AnalysedAsOf from '../time/AnalysedAsOf';
import Brokers from './Brokers';
import CutVertices from './CutVertices';
import MeetingOutcomes from './MeetingOutcomes';
import TopicGaps from './TopicGaps';

/** Answers to the stakeholder questions, each entry selecting its nodes and showing evidence. */
export default function InsightsPanel() {
  const { t } = useT();
  return (
    <section className="insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('insights.heading')}</h2>
      <AnalysedAsOf />
      <MetricsStatus />
      <Brokers />
      <CutVertices />
      <TopicGaps />
      <MeetingOutcomes />
    </section>
  );
}
