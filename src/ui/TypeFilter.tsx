import { NODE_TYPES, type NodeType } from '../schema/graphFile';
import { useT } from '../store/useT';
import { useApp } from '../store/store';
import CheckboxGroup from './CheckboxGroup';
import TypeIcon from './TypeIcon';

const isNodeType = (id: string): id is NodeType => (NODE_TYPES as readonly string[]).includes(id);

/** Node type checkboxes; the icons double as the legend of shapes and fills. */
export default function TypeFilter() {
  const { t } = useT();
  const byType = useApp((s) => s.graph.nodesByType);
  const hidden = useApp((s) => s.filters.hiddenTypes);
  const toggleType = useApp((s) => s.toggleType);
  const setAllTypes = useApp((s) => s.setAllTypes);
  const items = NODE_TYPES.filter((type) => byType.has(type)).map((type) => ({
    id: type,
    label: t(`type.${type}`),
    count: byType.get(type)?.length ?? 0,
    swatch: <TypeIcon type={type} />,
  }));
  return (
    <CheckboxGroup
      legend={t('filters.types')}
      items={items}
      isHidden={(id) => isNodeType(id) && hidden.has(id)}
      onToggle={(id) => isNodeType(id) && toggleType(id)}
      onAll={setAllTypes}
    />
  );
}
