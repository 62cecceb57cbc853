import { useId } from 'react';
import { deleteNodes, deletionCost, editNodes } from '../../graph/edits';
import { NODE_TYPES } from '../../schema/graphFile';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';

/** What can be done with several picked nodes at once: delete, merge, set type or a sector. */
export default function PickedActions() {
  const { t, n, loc } = useT();
  const id = useId();
  const store = useAppStore();
  const picked = useApp((s) => s.selected);
  const graph = useApp((s) => s.graph);
  const open = useApp((s) => s.openEditForm);
  const setSelected = useApp((s) => s.setSelected);
  if (picked.length === 0) return <span className="hint">{t('edit.pickHint')}</span>;
  const cost = deletionCost(graph, picked);
  const perform = store.getState().perform;
  return (
    <span className="picked" role="group" aria-labelledby={`${id}-count`}>
      <span id={`${id}-count`} data-testid="picked-count">
        {picked.length === 1 ? t('edit.pickedOne') : t('edit.picked', { count: n(picked.length) })}
      </span>
      <label htmlFor={`${id}-type`} className="sr-only">
        {t('edit.setType')}
      </label>
      <select
        id={`${id}-type`}
        value=""
        onChange={(e) => {
          const type = NODE_TYPES.find((x) => x === e.target.value);
          if (type) perform(editNodes(graph, picked, () => ({ type })));
        }}
      >
        <option value="">{t('edit.setType')}</option>
        {NODE_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`type.${type}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-sector`} className="sr-only">
        {t('edit.addToSector')}
      </label>
      <select
        id={`${id}-sector`}
        value=""
        onChange={(e) => {
          const sector = e.target.value;
          if (sector)
            perform(
              editNodes(graph, picked, (node) => ({
                sectors: [...new Set([...node.sectors, sector])],
              })),
            );
        }}
      >
        <option value="">{t('edit.addToSector')}</option>
        {[...graph.sectors.values()].map((s) => (
          <option key={s.id} value={s.id}>
            {loc(s.label)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={picked.length < 2}
        onClick={() => open({ kind: 'merge', ids: picked })}
      >
        {t('edit.merge')}
      </button>
      <button
        type="button"
        className="danger"
        title={t('edit.deleteNodesSays', { edges: n(cost.edges), evidence: n(cost.evidence) })}
        onClick={() => {
          if (perform(deleteNodes(graph, picked))) setSelected([]);
        }}
      >
        {t('edit.deleteNodes', { count: n(picked.length) })}
      </button>
      <button type="button" onClick={() => setSelected([])}>
        {t('edit.unpick')}
      </button>
    </span>
  );
}
