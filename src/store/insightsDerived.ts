import {
  meetingOutcomes,
  topicGaps,
  type MeetingOutcome,
  type TopicGap,
} from '../graph/analysis/insights';
import { perGraph } from './memo';

// Apart from derived.ts: only the insights panel and the brief read these, and both are fetched
// when first opened, so the page does not carry them before its first picture.
export const topicGapsFor = perGraph<readonly TopicGap[]>(topicGaps);
export const meetingOutcomesFor = perGraph<readonly MeetingOutcome[]>(meetingOutcomes);
