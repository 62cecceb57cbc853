import { filtersActive } from '../graph/filters';
import { useT } from '../store/useT';
import { useApp, useAppStore } from '../store/store';
import type { AppState } from '../store/types';
import { useFilterTexts } from './useFilterTexts';

/** Removes the filter a chip stands for (see `filterTexts` in store/describe for the keys). */
function remove(s: AppState, key: string): void {
  if (key === 'focus') s.setFocusOnly(false);
  else if (key.startsWith('range:')) s.setRange(key.slice(6), null);
  else if (key.startsWith('values:')) s.clearValues(key.slice(7));
  else if (key === 'sectors' || key === 'types' || key === 'relations' || key === 'isolated')
    s.clearFilterGroup(key);
}

/** Active filters as removable chips, one per filter group, and one button to clear them all. */
export default function FilterChips() {
  const { t } = useT();
  const store = useAppStore();
  const filters = useApp((s) => s.filters);
  const focusOnly = useApp((s) => s.focusOnly);
  const clearAllFilters = useApp((s) => s.clearAllFilters);
  const requestCamera = useApp((s) => s.requestCamera);
  const chips = useFilterTexts();
  if (!filtersActive(filters) && !focusOnly) return null;

  return (
    <div className="chips" role="group" aria-label={t('filters.active')}>
      <ul>
        {chips.map((c) => (
          <li key={c.key} className="chip">
            <span>{c.text}</span>
            <button
              type="button"
              aria-label={t('chip.remove', { name: c.text })}
              onClick={() => remove(store.getState(), c.key)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-all" onClick={clearAllFilters}>
        {t('filters.clearAll')}
      </button>
      {/* What stays shown may sit in a corner of the picture made for the whole graph. */}
      <button type="button" className="fit-shown" onClick={() => requestCamera('fit')}>
        {t('filters.fitShown')}
      </button>
    </div>
  );
}
