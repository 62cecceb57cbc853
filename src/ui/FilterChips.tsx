import { NO_SECTOR, filtersActive } from '../graph/filters';
import { NODE_TYPES } from '../schema/graphFile';
import { useT } from '../store/useT';
import type { FilterGroup } from '../store/filtersSlice';
import { useApp } from '../store/store';

const MAX_NAMES = 2;

/** Active filters as removable chips, one per filter group, and one button to clear them all. */
export default function FilterChips() {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const filters = useApp((s) => s.filters);
  const focusOnly = useApp((s) => s.focusOnly);
  const clearFilterGroup = useApp((s) => s.clearFilterGroup);
  const clearFilters = useApp((s) => s.clearFilters);
  const setFocusOnly = useApp((s) => s.setFocusOnly);
  if (!filtersActive(filters) && !focusOnly) return null;

  const names = (list: string[]) =>
    list.length <= MAX_NAMES
      ? list.join(', ')
      : t('chip.andMore', {
          list: list.slice(0, MAX_NAMES).join(', '),
          count: list.length - MAX_NAMES,
        });
  const shown = <T extends string>(all: readonly T[], hidden: ReadonlySet<T>) =>
    all.filter((id) => !hidden.has(id));

  const chips: { key: string; text: string; remove: () => void }[] = [];
  const group = (g: FilterGroup, text: string) =>
    chips.push({ key: g, text, remove: () => clearFilterGroup(g) });
  if (filters.hiddenSectors.size) {
    const ids = shown([...graph.sectors.keys(), NO_SECTOR], filters.hiddenSectors);
    const labels = ids.map((id) => {
      const s = graph.sectors.get(id);
      return s ? loc(s.label) : t('filters.noSector');
    });
    group(
      'sectors',
      t('chip.sectors', { list: labels.length ? names(labels) : t('filters.none') }),
    );
  }
  if (filters.hiddenTypes.size) {
    const labels = shown(NODE_TYPES, filters.hiddenTypes).map((type) => t(`type.${type}`));
    group('types', t('chip.types', { list: labels.length ? names(labels) : t('filters.none') }));
  }
  if (filters.hiddenRelations.size) {
    const labels = shown([...graph.relations.keys()], filters.hiddenRelations).map((id) =>
      loc(graph.relations.get(id)!.label),
    );
    group(
      'relations',
      t('chip.relations', { list: labels.length ? names(labels) : t('filters.none') }),
    );
  }
  if (filters.hideIsolated) group('isolated', t('chip.isolated'));
  if (focusOnly)
    chips.push({ key: 'focus', text: t('chip.focus'), remove: () => setFocusOnly(false) });

  return (
    <div className="chips" role="group" aria-label={t('filters.active')}>
      <ul>
        {chips.map((c) => (
          <li key={c.key} className="chip">
            <span>{c.text}</span>
            <button
              type="button"
              aria-label={t('chip.remove', { name: c.text })}
              onClick={c.remove}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="clear-all"
        onClick={() => {
          clearFilters();
          setFocusOnly(false);
        }}
      >
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
