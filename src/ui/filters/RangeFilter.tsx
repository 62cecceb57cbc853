import { useId, useMemo } from 'react';
import { extentOf } from '../../graph/analysis/values';
import type { Measure } from '../../graph/analysis/view';
import { measureText, shortNumber } from '../../store/describe';
import { selectMeasureLookup } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';

/** Steps a slider takes across a measure's range. */
const STEPS = 200;

/** A measure's range as two sliders (at least, at most), with how many nodes lie in it. */
export default function RangeFilter({ token, measure }: { token: string; measure: Measure }) {
  const { t, lang, n } = useT();
  const id = useId();
  const lookup = useApp(selectMeasureLookup);
  const range = useApp((s) => s.filters.ranges.get(token));
  const setRange = useApp((s) => s.setRange);
  const values = lookup(token);
  const extent = useMemo(() => (values ? extentOf(values) : null), [values]);
  const name = measureText(lang, measure);
  const inRange = useMemo(() => {
    if (!values || !range) return null;
    let count = 0;
    for (const v of values) if (v >= range.min && v <= range.max) count++;
    return count;
  }, [values, range]);
  if (!values) return <p role="status">{t('metrics.waiting')}</p>;
  if (!extent) return null;
  const step = extent.max > extent.min ? (extent.max - extent.min) / STEPS : 1;
  const low = range?.min ?? extent.min;
  const high = range?.max ?? extent.max;
  const change = (min: number, max: number) =>
    setRange(token, { min: Math.min(min, max), max: Math.max(min, max) });
  return (
    <fieldset className="range-filter">
      <legend>{name}</legend>
      <label htmlFor={`${id}-min`}>
        {t('filters.min')} <output>{shortNumber(lang, low)}</output>
      </label>
      <input
        id={`${id}-min`}
        type="range"
        min={extent.min}
        max={extent.max}
        step={step}
        value={low}
        onChange={(e) => change(Number(e.target.value), high)}
      />
      <label htmlFor={`${id}-max`}>
        {t('filters.max')} <output>{shortNumber(lang, high)}</output>
      </label>
      <input
        id={`${id}-max`}
        type="range"
        min={extent.min}
        max={extent.max}
        step={step}
        value={high}
        onChange={(e) => change(low, Number(e.target.value))}
      />
      {inRange !== null ? (
        <p className="count" role="status">
          {t('legend.count', { count: n(inRange) })}
        </p>
      ) : null}
      {range ? (
        <button type="button" onClick={() => setRange(token, null)}>
          {t('filters.removeRange')}
          <span className="sr-only"> {name}</span>
        </button>
      ) : null}
    </fieldset>
  );
}
