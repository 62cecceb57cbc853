import type { AttributeColumn } from '../../graph/analysis/columns';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import CheckboxGroup from '../CheckboxGroup';

/** A category attribute's values as checkboxes with node counts; checked means shown. */
export default function ValueFilter({ column }: { column: AttributeColumn }) {
  const { t } = useT();
  const hidden = useApp((s) => s.filters.hiddenValues.get(column.key));
  const toggleValue = useApp((s) => s.toggleValue);
  const setHiddenValues = useApp((s) => s.setHiddenValues);
  return (
    <CheckboxGroup
      legend={column.key}
      items={column.values.map((v) => ({
        id: v.value,
        label: v.value === '' ? t('filters.noValue') : v.value,
        count: v.count,
      }))}
      isHidden={(value) => hidden?.has(value) ?? false}
      onToggle={(value) => toggleValue(column.key, value)}
      onAll={(shown) =>
        setHiddenValues(column.key, new Set(shown ? [] : column.values.map((v) => v.value)))
      }
    />
  );
}
