import { useState, type FormEvent } from 'react';
import { addStory } from '../../graph/stories';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { localized, PairInput, type TextPair } from '../edit/Fields';

/** A new story, titled in both languages: one step of the history; it opens, ready for steps. */
export default function NewStoryForm() {
  const { t } = useT();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [title, setTitle] = useState<TextPair>({ en: '', hi: '' });
  const [empty, setEmpty] = useState(false);
  const create = (e: FormEvent) => {
    e.preventDefault();
    const words = localized(title);
    setEmpty(!words);
    if (!words) return;
    const { command, id } = addStory(store.getState().graph, words);
    if (store.getState().perform(command)) {
      setTitle({ en: '', hi: '' });
      store.getState().openStoryPanel(id);
    }
  };
  return (
    <form className="edit-form story-new" onSubmit={create} noValidate>
      <h3>{t('stories.new')}</h3>
      <PairInput
        field="title"
        labels={[t('stories.titleEn'), t('stories.titleHi')]}
        value={title}
        onChange={setTitle}
        problems={refused}
      />
      {empty ? (
        <p role="alert" className="field-problem">
          {t('stories.titleNeeded')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('stories.create')}
        </button>
      </div>
    </form>
  );
}
