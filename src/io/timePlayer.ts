import type { AppStore } from '../store/store';
import { nextAsOf } from '../store/timeDerived';

/** How long each month or year of a played timeline is shown. */
export const PLAY_STEP_MS = 900;

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
    // Where play starts is set with `timePlaying` itself (see the time slice): this only keeps
    // time.
    if (s.timePlaying && !prev.timePlaying) {
      stop();
      timer = setTimeout(tick, PLAY_STEP_MS);
    } else if (!s.timePlaying && prev.timePlaying) stop();
  });
  return () => {
    stop();
    unsubscribe();
  };
}
