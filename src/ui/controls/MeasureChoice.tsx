import { useId } from 'react';
import { measureFrom, tokenOf, type Measure } from '../../graph/analysis/view';
import { columnsFor } from '../../store/derived';
import { useApp } from '../../store/store';
import MetricOptions from '../look/MetricOptions';

/** A choice of measure: a metric, or one of the file's numeric attributes. */
export default function MeasureChoice({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: Measure;
  onChange: (by: Measure) => void;
  className?: string;
}) {
  const id = useId();
  const graph = useApp((s) => s.graph);
  const numbers = columnsFor(graph).filter((c) => c.kind === 'number');
  return (
    <span className={className}>
      <label htmlFor={id}>{label}</label>{' '}
      <select
        id={id}
        value={tokenOf(value)}
        onChange={(e) => {
          const next = measureFrom(e.target.value);
          if (next) onChange(next);
        }}
      >
        <MetricOptions numbers={numbers} />
      </select>
    </span>
  );
}
