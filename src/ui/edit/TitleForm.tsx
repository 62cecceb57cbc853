import { useState, type FormEvent } from 'react';
import { retitle } from '../../graph/edits';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { localized, pairOf, PairInput } from './Fields';

/** The map's title in both languages: one step of the history. */
export default function TitleForm() {
  const { t } = useT();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [title, setTitle] = useState(() => pairOf(store.getState().graph.meta.title));
  const save = (e: FormEvent) => {
    e.preventDefault();
    const graph = store.getState().graph;
    if (store.getState().perform(retitle(graph, localized(title) ?? { en: '', hi: '' })))
      store.getState().openEditForm(null);
  };
  return (
    <form className="edit-form" onSubmit={save} noValidate>
      <PairInput
        field="title"
        labels={[t('edit.labelEn'), t('edit.labelHi')]}
        value={title}
        onChange={setTitle}
        problems={refused}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('edit.save')}
        </button>
      </div>
    </form>
  );
}
