import { useId } from 'react';
import { groupFrom, tokenOf } from '../../graph/analysis/view';
import { columnsFor } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';

/** Which groups broker roles are counted between: type, sector, community or a category. */
export default function GroupChoice() {
  const { t } = useT();
  const id = useId();
  const graph = useApp((s) => s.graph);
  const group = useApp((s) => s.roleGroup);
  const groupRolesBy = useApp((s) => s.groupRolesBy);
  const categories = columnsFor(graph).filter((c) => c.values.length > 0);
  return (
    <p className="group-choice">
      <label htmlFor={id}>{t('roles.groupBy')}</label>{' '}
      <select
        id={id}
        value={tokenOf(group)}
        onChange={(e) => {
          const next = groupFrom(e.target.value);
          if (next) groupRolesBy(next);
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
      </select>
    </p>
  );
}
