import { useT } from '../store/useT';
import { useApp } from '../store/store';
import NodeCombobox from './NodeCombobox';

/** Search over names and aliases: choosing selects the node and centres it on the canvas. */
export default function SearchBox() {
  const { t } = useT();
  const selectNode = useApp((s) => s.selectNode);
  return (
    <NodeCombobox
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      onChoose={(id) => selectNode(id, { reveal: true })}
      inputId="search"
    />
  );
}
