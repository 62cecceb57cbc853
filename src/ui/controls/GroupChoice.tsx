import { groupFrom, tokenOf, type GroupBy } from '../../graph/analysis/view';
import { columnsFor } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import LabelledSelect from './LabelledSelect';

/** A choice of grouping: node type, sector, community or one of the file's categories. */
export default function GroupChoice({
  label,
  value,
  onChange,
}: {
  label: string;
  value: GroupBy;
  onChange: (by: GroupBy) => void;
}) {
  const { t } = useT();
  const graph = useApp((s) => s.graph);
  const categories = columnsFor(graph).filter((c) => c.values.length > 0);
  return (
    <LabelledSelect
      label={label}
      value={tokenOf(value)}
      onChange={(token) => {
        const next = groupFrom(token);
        if (next) onChange(next);
      }}
    >
      <option value="type">{t('roles.type')}</option>
      <option value="sector">{t('roles.sector')}</option>
      <option value="community">{t('metric.community')}</option>
      {categories.map((c) => (
        <option key={c.key} value={`category:${c.key}`}>
          {c.key}
        </option>
      ))}
    </LabelledSelect>
  );
}
