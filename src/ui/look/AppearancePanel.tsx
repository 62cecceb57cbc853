import { useId } from 'react';
import { colourFrom, measureFrom, tokenOf } from '../../graph/analysis/view';
import { columnsFor } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import MetricsStatus from '../MetricsStatus';
import MetricOptions from './MetricOptions';

/** Size and colour nodes by any attribute or metric, and back to the default in one click. */
export default function AppearancePanel() {
  const { t } = useT();
  const id = useId();
  const graph = useApp((s) => s.graph);
  const appearance = useApp((s) => s.appearance);
  const sizeBy = useApp((s) => s.sizeBy);
  const colourBy = useApp((s) => s.colourBy);
  const reset = useApp((s) => s.resetAppearance);
  const columns = columnsFor(graph);
  const numbers = columns.filter((c) => c.kind === 'number');
  const categories = columns.filter((c) => c.values.length > 0);
  const measures = <MetricOptions numbers={numbers} />;
  return (
    <section className="look" aria-labelledby="look-heading">
      <h2 id="look-heading">{t('look.heading')}</h2>
      <MetricsStatus />
      <p className="field">
        <label htmlFor={`${id}-size`}>{t('look.size')}</label>
        <select
          id={`${id}-size`}
          value={appearance.size ? tokenOf(appearance.size) : ''}
          onChange={(e) => sizeBy(measureFrom(e.target.value))}
        >
          <option value="">{t('look.sizeDefault')}</option>
          {measures}
        </select>
      </p>
      <p className="field">
        <label htmlFor={`${id}-colour`}>{t('look.colour')}</label>
        <select
          id={`${id}-colour`}
          value={appearance.colour ? tokenOf(appearance.colour) : ''}
          onChange={(e) => colourBy(colourFrom(e.target.value))}
        >
          <option value="">{t('look.colourDefault')}</option>
          <optgroup label={t('look.groups')}>
            <option value="community">{t('metric.community')}</option>
            <option value="sector">{t('look.sector')}</option>
            {categories.map((c) => (
              <option key={c.key} value={`category:${c.key}`}>
                {c.key}
              </option>
            ))}
          </optgroup>
          {measures}
        </select>
      </p>
      <p className="hint">{t('look.hint')}</p>
      <button type="button" onClick={reset} disabled={!appearance.size && !appearance.colour}>
        {t('look.reset')}
      </button>
    </section>
  );
}
