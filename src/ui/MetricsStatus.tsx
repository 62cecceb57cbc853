import { selectMetricsState } from '../store/derived';
import { useApp } from '../store/store';
import { useT } from '../store/useT';
import { SAMPLED_SOURCES } from '../graph/analysis/metricNames';

/** How far the metrics have got for the loaded graph, while they compute or if they failed. */
export default function MetricsStatus() {
  const { t, n } = useT();
  const state = useApp(selectMetricsState);
  const graph = useApp((s) => s.graph);
  const computeExactMetrics = useApp((s) => s.computeExactMetrics);
  if (state?.failed)
    return (
      <p className="metrics-status" role="alert">
        {t('metrics.failed')}
      </p>
    );
  if (state && state.done >= 1)
    return state.estimated ? (
      <div className="metrics-status" role="status">
        <p>
          {t('metrics.estimated', {
            sources: n(Math.min(SAMPLED_SOURCES, graph.nodes.length)),
            nodes: n(graph.nodes.length),
          })}
        </p>
        <button type="button" onClick={computeExactMetrics}>
          {t('metrics.computeExact')}
        </button>
      </div>
    ) : null;
  const percent = Math.round((state?.done ?? 0) * 100);
  return (
    <div className="metrics-status" role="status">
      <label>
        {t('metrics.progress', { percent })}
        <progress max={100} value={percent} />
      </label>
    </div>
  );
}
