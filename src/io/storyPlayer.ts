import type { GraphModel } from '../graph/model';
import type { Playing } from '../store/storySlice';
import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import { clip } from '../schema/text';
import { applyView } from './applyView';
import { decodeView, encodeView, VIEW_PARAMS, viewOfState, type UrlNotice } from './urlState';

/** What a link says of a story: which one, and which step (counted from 1). */
export const STORY_PARAMS = ['story', 'step'] as const;

/**
 * Shows a step of a story: its view, read as a link's is (a piece that no longer fits the
 * graph falls back with a notice), with the camera fitted where the step kept no frame.
 * Out: false, and nothing changed, when there is no such step.
 */
export function showStep(store: AppStore, story: string, step: number): boolean {
  const s = store.getState();
  const saved = s.graph.stories.get(story)?.steps[step];
  if (!saved) return false;
  const { view, notices } = decodeView(new URLSearchParams(saved.view), s.graph);
  // On a phone the player is on the canvas: a sheet opened by the step's selection would hide it.
  applyView(store, view, true, { sheet: null, playing: { story, step } });
  if (notices.length) s.addNotices(notices);
  return true;
}

/** The view shown now as a step keeps it: a link's query without the language. */
export function stepViewOf(s: AppState): string {
  return encodeView({ ...viewOfState(s), lang: null }, s.graph).toString();
}

/** The story and step a link names, or null; a name this graph does not have adds a notice. */
export function storyIn(
  params: URLSearchParams,
  graph: GraphModel,
  notices: UrlNotice[],
): Playing | null {
  const id = params.get('story');
  if (id === null) return null;
  const story = graph.stories.get(id);
  if (!story) {
    notices.push({ key: 'notice.unknownStory', params: { id: clip(id, 60) } });
    return null;
  }
  const raw = params.get('step') ?? '1';
  const step = Number(raw);
  if (!Number.isInteger(step) || step < 1 || step > story.steps.length) {
    notices.push({ key: 'notice.badValue', params: { param: 'step', value: clip(raw, 60) } });
    return story.steps.length ? { story: id, step: 0 } : null;
  }
  return { story: id, step: step - 1 };
}

/** Whether a link carries a view of its own (beyond its language). */
export function hasViewParams(params: URLSearchParams): boolean {
  return VIEW_PARAMS.some((k) => k !== 'lang' && params.has(k));
}
