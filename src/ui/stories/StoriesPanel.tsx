import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { showStep } from '../../io/storyPlayer';
import StoryTitleForm from './StoryTitleForm';
import StoryDetail from './StoryDetail';

/** The stories the map tells: each can be played, or opened to see and edit its steps. */
export default function StoriesPanel() {
  const { t, loc, n } = useT();
  const store = useAppStore();
  const stories = useApp((s) => s.graph.stories);
  const open = useApp((s) => s.openStory);
  const editing = useApp((s) => s.editing);
  const openStory = useApp((s) => s.openStoryPanel);
  const story = open === null ? undefined : stories.get(open);
  if (story) return <StoryDetail story={story} />;
  const count = (steps: number) =>
    steps === 0
      ? t('stories.stepsNone')
      : steps === 1
        ? t('stories.stepsOne')
        : t('stories.steps', { count: n(steps) });
  return (
    <section className="stories" aria-labelledby="stories-heading">
      <h2 id="stories-heading">{t('stories.heading')}</h2>
      {stories.size === 0 ? (
        <p className="hint">
          {editing ? t('stories.none') : `${t('stories.none')} ${t('stories.noneEdit')}`}
        </p>
      ) : (
        <ul className="story-list">
          {[...stories.values()].map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="link-button story-name"
                aria-label={t('stories.open', { title: loc(s.title) })}
                onClick={() => openStory(s.id)}
              >
                {loc(s.title)}
              </button>
              <span className="story-count">{count(s.steps.length)}</span>
              <button
                type="button"
                className="primary"
                disabled={s.steps.length === 0}
                aria-label={t('stories.playLabel', { title: loc(s.title) })}
                onClick={() => {
                  // The panel follows the story played, its step marked as the current one.
                  openStory(s.id);
                  showStep(store, s.id, 0);
                }}
              >
                {t('stories.play')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing ? <StoryTitleForm /> : null}
    </section>
  );
}
