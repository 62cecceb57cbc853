import { useState, type FormEvent } from 'react';
import type { GraphModel } from '../../graph/model';
import { addStory, retitleStory } from '../../graph/stories';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { localized, pairOf, PairInput } from '../edit/Fields';

type Story = NonNullable<ReturnType<GraphModel['stories']['get']>>;

/**
 * A story's title in both languages: a new story (which then opens, ready for its steps), or
 * another title for one. Either is one step of the history.
 */
export default function StoryTitleForm({ story }: { story?: Story }) {
  const { t } = useT();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [title, setTitle] = useState(() => pairOf(story?.title));
  const [empty, setEmpty] = useState(false);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const words = localized(title);
    setEmpty(!words);
    if (!words) return;
    const s = store.getState();
    if (story) {
      const command = retitleStory(s.graph, story.id, words);
      if (command) s.perform(command);
      return;
    }
    const { command, id } = addStory(s.graph, words);
    if (!s.perform(command)) return;
    setTitle({ en: '', hi: '' });
    s.openStoryPanel(id);
  };
  return (
    <form className="edit-form" onSubmit={save} noValidate>
      {story ? null : <h3>{t('stories.new')}</h3>}
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
        <button type="submit" className={story ? undefined : 'primary'}>
          {story ? t('stories.retitle') : t('stories.create')}
        </button>
      </div>
    </form>
  );
}
