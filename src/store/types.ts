import type { StateCreator } from 'zustand';
import type { AnalysisSlice } from './analysisSlice';
import type { FiltersSlice } from './filtersSlice';
import type { ImportSlice } from './importSlice';
import type { GraphSlice } from './graphSlice';
import type { HistorySlice } from './historySlice';
import type { SelectionSlice } from './selectionSlice';
import type { SourcesSlice } from './sourcesSlice';
import type { StorySlice } from './storySlice';
import type { TimeSlice } from './timeSlice';
import type { ViewSlice } from './viewSlice';

/** The whole application state: one store made of typed slices. */
export type AppState = GraphSlice &
  FiltersSlice &
  SelectionSlice &
  ViewSlice &
  ImportSlice &
  AnalysisSlice &
  HistorySlice &
  SourcesSlice &
  StorySlice &
  TimeSlice;

export type SliceCreator<T> = StateCreator<AppState, [], [], T>;
