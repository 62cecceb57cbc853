import { useMemo } from 'react';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import { relationColor } from '../theme/palette';
import CheckboxGroup from './CheckboxGroup';

/** Relation type checkboxes with edge counts; the swatches are the canvas edge colours. */
export default function RelationFilter() {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const hidden = useApp((s) => s.filters.hiddenRelations);
  const toggleRelation = useApp((s) => s.toggleRelation);
  const setAllRelations = useApp((s) => s.setAllRelations);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const e of graph.edges) c.set(e.relation, (c.get(e.relation) ?? 0) + 1);
    return c;
  }, [graph]);
  const items = [...graph.relations.values()]
    .map((r, i) => ({
      id: r.id,
      label: loc(r.label),
      count: counts.get(r.id) ?? 0,
      swatch: (
        <span
          className="swatch line"
          style={{ backgroundColor: relationColor(i) }}
          aria-hidden="true"
        />
      ),
    }))
    // A relation no edge has is not offered, unless hidden (so it can be shown again).
    .filter((item) => item.count > 0 || hidden.has(item.id));
  if (items.length === 0) return null;
  return (
    <CheckboxGroup
      legend={t('filters.relations')}
      items={items}
      isHidden={(id) => hidden.has(id)}
      onToggle={toggleRelation}
      onAll={setAllRelations}
    />
  );
}
