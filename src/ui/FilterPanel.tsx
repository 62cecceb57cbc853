import { useT } from '../store/useT';
import { useApp } from '../store/store';
import FieldChooser from './FieldChooser';
import AttributeFilters from './filters/AttributeFilters';
import RelationFilter from './RelationFilter';
import SectorFilter from './SectorFilter';
import Toggle from './Toggle';
import TypeFilter from './TypeFilter';

/** All filters: sectors, node types, relations and hiding unconnected nodes. */
export default function FilterPanel() {
  const { t } = useT();
  const hideIsolated = useApp((s) => s.filters.hideIsolated);
  const setHideIsolated = useApp((s) => s.setHideIsolated);
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">{t('filters.heading')}</h2>
      <Toggle checked={hideIsolated} onChange={setHideIsolated} label={t('filters.hideIsolated')} />
      <SectorFilter />
      <TypeFilter />
      <RelationFilter />
      <AttributeFilters />
      <FieldChooser />
    </section>
  );
}
