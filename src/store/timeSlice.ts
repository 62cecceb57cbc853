import type { AbsentMode, AsOf, UndatedMode } from '../graph/dates';
import { asOfSpan } from '../graph/dates';
import { nextAsOf } from './timeDerived';
import type { SliceCreator } from './types';

export interface TimeSlice {
  /** The date or stretch of time the view is set to; null: every date at once. */
  readonly asOf: AsOf | null;
  /** What the view does with what did not exist then. */
  readonly absent: AbsentMode;
  /** What the view does with what has no date. */
  readonly undated: UndatedMode;
  /** Metrics, paths and insights count only what existed then. */
  readonly analyseAsOf: boolean;
  /** The timeline is stepping through its dates by itself. */
  readonly timePlaying: boolean;
  /** The timeline bar shown or put away by the user; null: shown when the graph has dates. */
  readonly timelineOpen: boolean | null;
  showTimeline: (on: boolean) => void;
  setAsOf: (asOf: AsOf | null) => void;
  setAbsent: (mode: AbsentMode) => void;
  setUndated: (mode: UndatedMode) => void;
  setAnalyseAsOf: (on: boolean) => void;
  setTimePlaying: (on: boolean) => void;
}

/** What a graph opens with: every date at once. */
export const initialTime = {
  asOf: null,
  absent: 'hide',
  undated: 'show',
  analyseAsOf: false,
  timePlaying: false,
  timelineOpen: null,
} as const;

export const createTimeSlice: SliceCreator<TimeSlice> = (set, get) => ({
  ...initialTime,
  setAsOf: (asOf) => {
    // Crossed or malformed ends would show nothing and say nothing: refused, nothing changes.
    if (asOf && !asOfSpan(asOf)) return;
    const was = get().asOf;
    if (was === asOf || (was && asOf && was.from === asOf.from && was.to === asOf.to)) return;
    set(asOf ? { asOf } : { asOf, timePlaying: false });
  },
  setAbsent: (absent) => set({ absent }),
  setUndated: (undated) => set({ undated }),
  setAnalyseAsOf: (analyseAsOf) => set({ analyseAsOf }),
  setTimePlaying: (timePlaying) => {
    if (!timePlaying) return set({ timePlaying });
    const first = nextAsOf(get(), true);
    if (!first) return;
    // Play from "all dates" or from the end starts at the beginning; from elsewhere, it goes on.
    const restart = !get().asOf || !nextAsOf(get(), false);
    set({ timePlaying, ...(restart ? { asOf: first } : {}) });
  },
  showTimeline: (timelineOpen) =>
    // Putting the timeline away shows every date again: a hidden control must not hide nodes.
    set(timelineOpen ? { timelineOpen } : { timelineOpen, asOf: null, timePlaying: false }),
});
