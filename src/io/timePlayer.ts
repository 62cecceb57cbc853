import type { AppStore } from '../store/store';
import { timelineFor } from '../store/timeDerived';
import type { AppState } from '../store/types';

/** How long each month or year of a played timeline is shown. */
export const PLAY_STEP_MS = 900;

/**
 * The as-of view one step later: a date moves to the next step, a stretch of time moves along
 * keeping its length. Null at the last step. Playing from "all dates" or from the end starts
 * at the first step.
 */
export function nextAsOf(s: AppState, restart: boolean): AppState['asOf'] {
  const { steps } = timelineFor(s.graph);
  if (!steps.length) return null;
  const at = (d: string | undefined) => (d === undefined ? -1 : steps.indexOf(d));
  const from = at(s.asOf?.from);
  const to = at(s.asOf?.to);
  const width = from >= 0 && to >= from ? to - from : 0;
  if (restart && (to < 0 || to >= steps.length - 1))
    return { from: steps[0] ?? '', to: steps[Math.min(width, steps.length - 1)] ?? '' };
  if (to < 0 || to >= steps.length - 1) return null;
  return { from: steps[from + 1] ?? '', to: steps[to + 1] ?? '' };
}

/**
 * Steps the timeline while it plays, one step every {@link PLAY_STEP_MS}, and stops at the
 * last. Returns a function that stops it.
 */
export function startTimePlayer(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const tick = () => {
    timer = null;
    const s = store.getState();
    if (!s.timePlaying) return;
    const next = nextAsOf(s, false);
    if (!next) {
      s.setTimePlaying(false);
      return;
    }
    s.setAsOf(next);
    if (nextAsOf(store.getState(), false)) timer = setTimeout(tick, PLAY_STEP_MS);
    else store.getState().setTimePlaying(false);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.timePlaying && !prev.timePlaying) {
      stop();
      const first = nextAsOf(s, true);
      if (!first) return s.setTimePlaying(false);
      // Play from the end starts again at the beginning; from elsewhere, the next step.
      if (!s.asOf || !nextAsOf(s, false)) s.setAsOf(first);
      timer = setTimeout(tick, PLAY_STEP_MS);
    } else if (!s.timePlaying && prev.timePlaying) stop();
  });
  return () => {
    stop();
    unsubscribe();
  };
}
