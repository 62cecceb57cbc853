import type { SliceCreator } from './types';

/** A story being played: which, and the step shown (counted from 0). */
export interface Playing {
  readonly story: string;
  readonly step: number;
}

export interface StorySlice {
  /** The story being played; null when none is. */
  readonly playing: Playing | null;
  /** The story whose steps the stories panel lists, in edit mode or to play; null: all of them. */
  readonly openStory: string | null;
  /** CSS pixels at the canvas's foot the story's caption lies over; 0 when none is shown. */
  readonly coveredBelow: number;
  setCoveredBelow: (px: number) => void;
  /** A brief is being printed: its page is in the document, for the browser's print. */
  readonly briefShown: boolean;
  showBrief: (on: boolean) => void;
  /** Marks a step of a story as shown (its view is applied by io/storyPlayer.ts). */
  setPlaying: (playing: Playing | null) => void;
  /** Opens a story in the stories panel (null: back to the list). */
  openStoryPanel: (id: string | null) => void;
}

export const initialStory = {
  playing: null,
  openStory: null,
  briefShown: false,
  coveredBelow: 0,
} as const;

export const createStorySlice: SliceCreator<StorySlice> = (set, get) => ({
  ...initialStory,
  setPlaying: (playing) => {
    if (playing && !get().graph.stories.get(playing.story)?.steps[playing.step]) return;
    set({ playing });
  },
  showBrief: (briefShown) => set({ briefShown }),
  setCoveredBelow: (coveredBelow) => {
    if (get().coveredBelow !== coveredBelow) set({ coveredBelow });
  },
  openStoryPanel: (openStory) =>
    set({ openStory, panel: 'stories', ...(openStory ? { sheet: 'side' as const } : {}) }),
});
