import { measureFrom, tokenOf, type Measure } from '../../graph/analysis/view';
import { columnsFor } from '../../store/derived';
import { useApp } from '../../store/store';
import MetricOptions from '../look/MetricOptions';
import LabelledSelect from './LabelledSelect';

/** A choice of measure: a metric, or one of the file's numeric attributes. */
export default function MeasureChoice({
  label,
  value,
  onChange,
}: {
  label: string;
  value: Measure;
  onChange: (by: Measure) => void;
}) {
  const graph = useApp((s) => s.graph);
  const numbers = columnsFor(graph).filter((c) => c.kind === 'number');
  return (
    <LabelledSelect
      label={label}
      value={tokenOf(value)}
      onChange={(token) => {
        const next = measureFrom(token);
        if (next) onChange(next);
      }}
    >
      <MetricOptions numbers={numbers} />
    </LabelledSelect>
  );
}
