import { useState } from 'react';
import type { GraphModel } from '../../graph/model';
import { deleteStep, deleteStory, moveStep } from '../../graph/stories';
import { showStep } from '../../io/storyPlayer';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import StepForm from './StepForm';
import StoryTitleForm from './StoryTitleForm';

type Story = NonNullable<ReturnType<GraphModel['stories']['get']>>;

/** One story's steps: each shown on request; in edit mode added, edited, moved and deleted. */
export default function StoryDetail({ story }: { story: Story }) {
  const { t, loc } = useT();
  const store = useAppStore();
  const editing = useApp((s) => s.editing);
  const playing = useApp((s) => s.playing);
  const openStory = useApp((s) => s.openStoryPanel);
  const [editAt, setEditAt] = useState<number | null>(null);
  const perform = (make: (g: GraphModel) => ReturnType<typeof deleteStep>) => {
    const command = make(store.getState().graph);
    if (command) store.getState().perform(command);
  };
  const last = story.steps.length - 1;
  return (
    <section className="stories" aria-labelledby="story-heading">
      <button type="button" className="link-button" onClick={() => openStory(null)}>
        ← {t('stories.back')}
      </button>
      <h2 id="story-heading">{loc(story.title)}</h2>
      {editing ? <StoryTitleForm key={story.id} story={story} /> : null}
      <ol className="story-steps">
        {story.steps.map((step, i) => (
          <li
            key={i}
            aria-current={playing?.story === story.id && playing.step === i ? 'step' : undefined}
          >
            <button
              type="button"
              className="link-button"
              aria-label={t('stories.show', { n: i + 1, title: loc(step.title) })}
              onClick={() => showStep(store, story.id, i)}
            >
              {loc(step.title)}
            </button>
            {editing ? (
              <span className="step-tools">
                <button
                  type="button"
                  aria-label={t('stories.edit', { n: i + 1 })}
                  onClick={() => setEditAt(editAt === i ? null : i)}
                >
                  ✎
                </button>
                <button
                  type="button"
                  aria-label={t('stories.moveUp', { n: i + 1 })}
                  disabled={i === 0}
                  onClick={() => perform((g) => moveStep(g, story.id, i, i - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('stories.moveDown', { n: i + 1 })}
                  disabled={i === last}
                  onClick={() => perform((g) => moveStep(g, story.id, i, i + 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={t('stories.deleteStep', { n: i + 1 })}
                  onClick={() => perform((g) => deleteStep(g, story.id, i))}
                >
                  ×
                </button>
              </span>
            ) : null}
            {editing && editAt === i ? (
              <StepForm story={story.id} at={i} step={step} onDone={() => setEditAt(null)} />
            ) : null}
          </li>
        ))}
      </ol>
      {editing ? (
        <>
          <StepForm key={story.steps.length} story={story.id} onDone={() => undefined} />
          <button
            type="button"
            className="danger"
            onClick={() => {
              perform((g) => deleteStory(g, story.id));
              openStory(null);
            }}
          >
            {t('stories.delete')}
          </button>
        </>
      ) : null}
    </section>
  );
}
