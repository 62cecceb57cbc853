import { useMemo } from 'react';
import { possibleDuplicates } from '../../graph/duplicates';
import { markDistinct } from '../../graph/edits';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';

/** Pairs of nodes that may be one, each with Merge or Not the same (remembered with the data). */
export default function DuplicatesList() {
  const { t, loc } = useT();
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const open = useApp((s) => s.openEditForm);
  const pairs = useMemo(() => possibleDuplicates(graph), [graph]);
  if (pairs.length === 0) return <p className="hint">{t('edit.dupEmpty')}</p>;
  const label = (id: string) => {
    const n = graph.nodeById.get(id);
    return n ? loc(n.label) : id;
  };
  return (
    <ul className="duplicates-list">
      {pairs.map((p) => (
        <li key={`${p.a} ${p.b}`}>
          <p>
            {t('edit.dupPair', {
              a: label(p.a),
              b: label(p.b),
              reason: t(p.reason === 'sound' ? 'edit.dupSound' : 'edit.dupAcronym'),
            })}
          </p>
          <button type="button" onClick={() => open({ kind: 'merge', ids: [p.a, p.b] })}>
            {t('edit.dupMerge')}
          </button>
          <button
            type="button"
            onClick={() => store.getState().perform(markDistinct(store.getState().graph, p.a, p.b))}
          >
            {t('edit.dupDistinct')}
          </button>
        </li>
      ))}
    </ul>
  );
}
