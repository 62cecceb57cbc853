import type { GraphModel } from '../graph/model';
import {
  INITIAL_VIEW,
  initialLayoutFor,
  type CameraCommand,
  type FocusDepth,
  type LayoutName,
} from '../graph/view';
import type { Lang, MessageKey, MessageParams } from '../i18n/strings';
import { initialFilters } from './filtersSlice';
import { initialSelection } from './selectionSlice';
import type { SliceCreator } from './types';

/** A quiet message for the user, such as a part of a shared link that was ignored. */
export interface Notice {
  readonly id: number;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface ViewSlice {
  readonly lang: Lang;
  readonly layout: LayoutName;
  /** Whether nodes show the colours and sizes their file gave them, where it gave any. */
  readonly fileLook: boolean;
  /** Draw with Cytoscape's WebGL renderer, where the browser has WebGL 2 (opt-in, experimental). */
  readonly fastDrawing: boolean;
  readonly focusDepth: FocusDepth;
  readonly focusOnly: boolean;
  /** The latest camera request for the canvas; `seq` makes repeated requests distinct. */
  readonly camera: { readonly command: CameraCommand; readonly seq: number } | null;
  /** Bumped to ask the canvas to run the layout again. */
  readonly layoutSeq: number;
  readonly notices: readonly Notice[];
  setLanguage: (lang: Lang) => void;
  setLayout: (layout: LayoutName) => void;
  setFileLook: (on: boolean) => void;
  setFastDrawing: (on: boolean) => void;
  setFocusDepth: (depth: FocusDepth) => void;
  setFocusOnly: (on: boolean) => void;
  requestCamera: (command: CameraCommand) => void;
  rerunLayout: () => void;
  /** Clears filters, selection and focus, and fits the graph. */
  resetView: () => void;
  addNotices: (notices: readonly Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: number) => void;
}

let noticeIds = 0;

/** The focus settings a graph opens with. */
export const initialFocus = {
  focusDepth: INITIAL_VIEW.focusDepth,
  focusOnly: INITIAL_VIEW.focusOnly,
} as const;

export const createViewSlice =
  (initial: { lang: Lang; graph: GraphModel }): SliceCreator<ViewSlice> =>
  (set, get) => ({
    lang: initial.lang,
    layout: initialLayoutFor(initial.graph),
    fileLook: INITIAL_VIEW.fileLook,
    fastDrawing: false,
    ...initialFocus,
    camera: null,
    layoutSeq: 0,
    notices: [],
    setLanguage: (lang) => set({ lang }),
    setLayout: (layout) => set({ layout }),
    setFileLook: (fileLook) => set({ fileLook }),
    setFastDrawing: (fastDrawing) => set({ fastDrawing }),
    setFocusDepth: (focusDepth) => set({ focusDepth }),
    setFocusOnly: (focusOnly) => set({ focusOnly }),
    requestCamera: (command) => set({ camera: { command, seq: (get().camera?.seq ?? 0) + 1 } }),
    rerunLayout: () => set({ layoutSeq: get().layoutSeq + 1 }),
    resetView: () =>
      set({
        ...initialFilters,
        ...initialSelection,
        ...initialFocus,
        camera: { command: 'fit', seq: (get().camera?.seq ?? 0) + 1 },
      }),
    addNotices: (notices) =>
      set({ notices: [...get().notices, ...notices.map((n) => ({ ...n, id: ++noticeIds }))] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  });
