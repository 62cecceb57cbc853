import { NUMERIC_METRICS } from '../../graph/analysis/metricNames';
import type { AttributeColumn } from '../../graph/analysis/columns';
import { useT } from '../../store/useT';

/**
 * The measures a select offers: every metric, then the file's numeric attributes (named with
 * `label` where given, to tell them from the same attribute offered as values).
 */
export default function MetricOptions({
  numbers,
  label = (c) => c.key,
}: {
  numbers: readonly AttributeColumn[];
  label?: (c: AttributeColumn) => string;
}) {
  const { t } = useT();
  return (
    <>
      <optgroup label={t('look.metrics')}>
        {NUMERIC_METRICS.map((m) => (
          <option key={m} value={`metric:${m}`}>
            {t(`metric.${m}`)}
          </option>
        ))}
      </optgroup>
      {numbers.length ? (
        <optgroup label={t('look.attributes')}>
          {numbers.map((c) => (
            <option key={c.key} value={`attribute:${c.key}`}>
              {label(c)}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
}
