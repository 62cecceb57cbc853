import { useEffect, useRef } from 'react';
import { selectMetrics } from '../store/derived';
import { useApp } from '../store/store';

/**
 * Rings by a metric are drawn by degree while the metrics are computed (a graph just opened, a
 * link naming them), and drawn again once they arrive.
 */
export function useRingsAfterMetrics(): void {
  const waiting = useApp(
    (s) => s.layout === 'concentric' && s.ringBy.kind === 'metric' && selectMetrics(s) === null,
  );
  const rings = useApp((s) => s.layout === 'concentric');
  const rerunLayout = useApp((s) => s.rerunLayout);
  const waited = useRef(false);
  useEffect(() => {
    if (waiting) waited.current = true;
    else if (waited.current) {
      waited.current = false;
      // Only if the rings are still shown: another layout needs nothing done.
      if (rings) rerunLayout();
    }
  }, [waiting, rings, rerunLayout]);
}
