import { useState, type FormEvent } from 'react';
import type { GraphModel } from '../../graph/model';
import { retitleStory } from '../../graph/stories';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { localized, pairOf, PairInput } from '../edit/Fields';

type Story = NonNullable<ReturnType<GraphModel['stories']['get']>>;

/** A story's title in both languages: one step of the history. */
export default function StoryTitleForm({ story }: { story: Story }) {
  const { t } = useT();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [title, setTitle] = useState(() => pairOf(story.title));
  const save = (e: FormEvent) => {
    e.preventDefault();
    const words = localized(title);
    const command = words ? retitleStory(store.getState().graph, story.id, words) : null;
    if (command) store.getState().perform(command);
  };
  return (
    <form className="edit-form" onSubmit={save} noValidate>
      <PairInput
        field="title"
        labels={[t('stories.titleEn'), t('stories.titleHi')]}
        value={title}
        onChange={setTitle}
        problems={refused}
      />
      <div className="form-actions">
        <button type="submit">{t('stories.retitle')}</button>
      </div>
    </form>
  );
}
