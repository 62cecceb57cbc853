import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import { showStep } from '../../io/storyPlayer';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import StepQuotes from './StepQuotes';

/** Horizontal travel, in CSS pixels, that counts as a swipe to the next or previous step. */
const SWIPE = 50;

/**
 * A story being played, over the canvas: the step's title, caption and quotes, Previous and
 * Next (buttons, arrow keys, swipes). Screen readers hear each step as it comes.
 */
export default function StoryPlayer() {
  const { t, loc, n } = useT();
  const store = useAppStore();
  const playing = useApp((s) => s.playing);
  const story = useApp((s) => (s.playing ? s.graph.stories.get(s.playing.story) : undefined));
  const setPlaying = useApp((s) => s.setPlaying);
  const region = useRef<HTMLElement>(null);
  const swipe = useRef<{ x: number; y: number } | null>(null);
  const step = playing && story ? story.steps[playing.step] : undefined;
  const count = story?.steps.length ?? 0;
  const at = playing?.step ?? 0;
  const go = (to: number) => {
    if (playing && to >= 0 && to < count) showStep(store, playing.story, to);
  };
  const stepByKey = useCallback(
    (e: {
      key: string;
      altKey: boolean;
      ctrlKey: boolean;
      metaKey: boolean;
      preventDefault(): void;
      stopPropagation(): void;
    }) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const s = store.getState().playing;
      if (!s) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') showStep(store, s.story, s.step + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') showStep(store, s.story, s.step - 1);
      else if (e.key === 'Escape') store.getState().setPlaying(null);
      else return;
      e.preventDefault();
      e.stopPropagation();
    },
    [store],
  );

  // Keys reach the player from inside it (handled first, so the page's own shortcuts do not
  // take Escape), or from the page with nothing focused.
  useEffect(() => {
    if (!step) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target === document.body) stepByKey(e);
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [step, stepByKey]);

  // A story that starts takes the focus, so the arrow keys move through it at once.
  const storyId = playing?.story;
  useEffect(() => {
    if (storyId !== undefined) region.current?.focus({ preventScroll: true });
  }, [storyId]);

  // The canvas frames a step in what the caption leaves of it.
  const setCovered = useApp((s) => s.setCoveredBelow);
  const shown = step !== undefined;
  useEffect(() => {
    const el = region.current;
    if (!el || !shown) return;
    const measure = () => {
      const canvas = el.offsetParent?.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      setCovered(canvas ? Math.max(0, Math.round(canvas.bottom - box.top)) : 0);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      setCovered(0);
    };
  }, [shown, setCovered]);

  // The story was deleted, or its step, by an edit or an undo: the player closes.
  useEffect(() => {
    if (playing && !step) setPlaying(null);
  }, [playing, step, setPlaying]);

  if (!story || !step || !playing) return null;
  const onPointerDown = (e: PointerEvent) => {
    swipe.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = swipe.current;
    swipe.current = null;
    if (!from) return;
    const dx = e.clientX - from.x;
    if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(e.clientY - from.y)) return;
    go(dx < 0 ? at + 1 : at - 1);
  };
  return (
    <section
      ref={region}
      className="story-player"
      aria-label={t('story.region', { title: loc(story.title) })}
      tabIndex={-1}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (swipe.current = null)}
      onKeyDown={stepByKey}
    >
      <div className="story-controls">
        <p className="story-where">
          {loc(story.title)} · {t('story.stepOf', { n: n(at + 1), count: n(count) })}
        </p>
        <button type="button" disabled={at === 0} onClick={() => go(at - 1)}>
          ← {t('story.previous')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={at === count - 1}
          onClick={() => go(at + 1)}
        >
          {t('story.next')} →
        </button>
        <button type="button" onClick={() => setPlaying(null)} aria-label={t('story.close')}>
          ×
        </button>
      </div>
      <div className="story-body">
        <div aria-live="polite" aria-atomic="true">
          <h2 className="story-title">{loc(step.title)}</h2>
          {step.caption ? <p className="story-caption">{loc(step.caption)}</p> : null}
        </div>
        {step.quotes?.length ? <StepQuotes quotes={step.quotes} /> : null}
        <p className="story-keys">{t('story.keys')}</p>
      </div>
    </section>
  );
}
