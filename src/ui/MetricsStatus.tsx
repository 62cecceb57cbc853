import { selectMetricsState } from '../store/derived';
import { useApp } from '../store/store';
import { useT } from '../store/useT';

/** How far the metrics have got for the loaded graph, while they compute or if they failed. */
export default function MetricsStatus() {
  const { t } = useT();
  const state = useApp(selectMetricsState);
  if (state?.failed)
    return (
      <p className="metrics-status" role="alert">
        {t('metrics.failed')}
      </p>
    );
  if (state && state.done >= 1) return null;
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
