import { useEffect, useRef } from 'react';
import { groupsOf, measureValues } from '../../graph/analysis/values';
import { selectMetrics } from '../../store/derived';
import { useApp } from '../../store/store';
import type { AppState } from '../../store/types';

/** Whether the layout shown is arranged by something only the metrics worker gives. */
const needsMetrics = (s: AppState) =>
  (s.layout === 'concentric' && s.ringBy.kind === 'metric') ||
  (s.layout === 'breadthfirst' && s.tierBy.kind === 'community');

/** Whether what it is arranged by has not arrived yet (metrics come in batches, cheap first). */
const missing = (s: AppState) =>
  s.layout === 'concentric'
    ? measureValues(s.graph, selectMetrics(s), s.ringBy) === null
    : groupsOf(s.graph, selectMetrics(s), s.tierBy) === null;

/**
 * Rings by a metric and tiers by community are drawn by degree and by type while the metrics
 * are computed (a graph just opened, a link naming them), and drawn again once they arrive.
 */
export function useLayoutAfterMetrics(): void {
  const waiting = useApp((s) => needsMetrics(s) && missing(s));
  const stillNeeded = useApp(needsMetrics);
  const rerunLayout = useApp((s) => s.rerunLayout);
  const waited = useRef(false);
  useEffect(() => {
    if (waiting) waited.current = true;
    else if (waited.current) {
      waited.current = false;
      // Only if that layout is still shown: another one needs nothing done.
      if (stillNeeded) rerunLayout();
    }
  }, [waiting, stillNeeded, rerunLayout]);
}
