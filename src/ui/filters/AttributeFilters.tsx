import { useId, useState } from 'react';
import { measureFrom } from '../../graph/analysis/view';
import { columnsFor } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import RangeFilter from './RangeFilter';
import ValueFilter from './ValueFilter';
import MetricOptions from '../look/MetricOptions';

/**
 * Filters on any attribute or metric: numbers as a range, categories as checkboxes with counts.
 * Each filter in use keeps its control here; the picker adds another.
 */
export default function AttributeFilters() {
  const { t } = useT();
  const id = useId();
  const graph = useApp((s) => s.graph);
  const ranges = useApp((s) => s.filters.ranges);
  const hiddenValues = useApp((s) => s.filters.hiddenValues);
  const columns = columnsFor(graph);
  // Controls opened but not yet narrowed stay open until the user moves on.
  const [open, setOpen] = useState<readonly string[]>([]);
  const tokens = [
    ...new Set([
      ...ranges.keys(),
      ...[...hiddenValues.keys()].map((k) => `category:${k}`),
      ...open,
    ]),
  ];
  const numbers = columns.filter((c) => c.kind === 'number');
  const categories = columns.filter((c) => c.values.length > 0);
  return (
    <fieldset className="attribute-filters">
      <legend>{t('filters.attributes')}</legend>
      {tokens.map((token) => {
        const measure = measureFrom(token);
        if (measure) return <RangeFilter key={token} token={token} measure={measure} />;
        const key = token.slice('category:'.length);
        const column = categories.find((c) => c.key === key);
        return column ? <ValueFilter key={token} column={column} /> : null;
      })}
      <label htmlFor={id}>{t('filters.attribute')}</label>
      <select
        id={id}
        value=""
        onChange={(e) => {
          const token = e.target.value;
          if (token && !tokens.includes(token)) setOpen([...open, token]);
        }}
      >
        <option value="">{t('filters.pick')}</option>
        <MetricOptions
          numbers={numbers}
          label={(c) => (c.values.length ? t('filters.asRange', { name: c.key }) : c.key)}
        />
        {categories.length ? (
          <optgroup label={t('look.groups')}>
            {categories.map((c) => (
              <option key={c.key} value={`category:${c.key}`}>
                {c.kind === 'number' ? t('filters.asValues', { name: c.key }) : c.key}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </fieldset>
  );
}
