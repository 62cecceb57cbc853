import type { StoryStep } from '../schema/graphFile';
import type { Change, Command, RecordTypes } from './commands';
import { freshId } from './edits';
import { said } from './moves';
import type { GraphModel } from './model';

/**
 * Stories as data: each edit of a story (a step added, changed, moved or deleted) replaces the
 * story's one record, so the history undoes it as it undoes any other change.
 */

type Story = RecordTypes['story'];
type Step = Story['steps'][number];
type Words = { readonly en: string; readonly hi: string; readonly hiMissing?: true };

const storyIndex = (graph: GraphModel, id: string) => [...graph.stories.keys()].indexOf(id);

function replaced(graph: GraphModel, before: Story, after: Story): Change {
  return { kind: 'story', id: before.id, index: storyIndex(graph, before.id), before, after };
}

const stepParams = (story: Story, step: Step, at: number) => ({
  ...said(story.title, step.title),
  step: at + 1,
});

/** A new story, with no steps yet, at the end of the list; its id from its English title. */
export function addStory(graph: GraphModel, title: Words): { command: Command; id: string } {
  const id = freshId(graph, title.en, 'story');
  const after: Story = { id, title, steps: [] };
  return {
    command: {
      name: { code: 'story.add', params: said(title) },
      changes: [{ kind: 'story', id, index: graph.stories.size, before: null, after }],
    },
    id,
  };
}

/** A story's title changed; null when there is no such story. */
export function retitleStory(graph: GraphModel, id: string, title: Words): Command | null {
  const before = graph.stories.get(id);
  if (!before) return null;
  return {
    name: { code: 'story.title', params: said(before.title, title) },
    changes: [replaced(graph, before, { ...before, title })],
  };
}

/** A story deleted, with its steps; null when there is no such story. */
export function deleteStory(graph: GraphModel, id: string): Command | null {
  const before = graph.stories.get(id);
  if (!before) return null;
  return {
    name: { code: 'story.delete', params: { ...said(before.title), steps: before.steps.length } },
    changes: [{ kind: 'story', id, index: storyIndex(graph, id), before, after: null }],
  };
}

/** A step put in at `at` (the end when left out); null when there is no such story. */
export function addStep(
  graph: GraphModel,
  id: string,
  step: DeepStep,
  at?: number,
): Command | null {
  const before = graph.stories.get(id);
  if (!before) return null;
  const place = Math.max(0, Math.min(at ?? before.steps.length, before.steps.length));
  const steps = [...before.steps.slice(0, place), step, ...before.steps.slice(place)];
  return {
    name: { code: 'story.step.add', params: stepParams(before, step, place) },
    changes: [replaced(graph, before, { ...before, steps })],
  };
}

/** A step's title, caption, view or quotes changed; null when there is no such step. */
export function editStep(
  graph: GraphModel,
  id: string,
  at: number,
  fields: Partial<DeepStep>,
): Command | null {
  const before = graph.stories.get(id);
  const old = before?.steps[at];
  if (!before || !old) return null;
  const step: Step = { ...old, ...fields };
  const steps = before.steps.map((s, i) => (i === at ? step : s));
  return {
    name: { code: 'story.step.edit', params: stepParams(before, old, at) },
    changes: [replaced(graph, before, { ...before, steps })],
  };
}

/** A step moved from one place to another; null when either place is not in the story. */
export function moveStep(graph: GraphModel, id: string, from: number, to: number): Command | null {
  const before = graph.stories.get(id);
  const step = before?.steps[from];
  if (!before || !step || to < 0 || to >= before.steps.length || to === from) return null;
  const steps = before.steps.filter((_, i) => i !== from);
  steps.splice(to, 0, step);
  return {
    name: { code: 'story.step.move', params: { ...stepParams(before, step, from), place: to + 1 } },
    changes: [replaced(graph, before, { ...before, steps })],
  };
}

/** A step deleted; null when there is no such step. */
export function deleteStep(graph: GraphModel, id: string, at: number): Command | null {
  const before = graph.stories.get(id);
  const step = before?.steps[at];
  if (!before || !step) return null;
  return {
    name: { code: 'story.step.delete', params: stepParams(before, step, at) },
    changes: [
      replaced(graph, before, { ...before, steps: before.steps.filter((_, i) => i !== at) }),
    ],
  };
}

type DeepStep = Step | StoryStep;
