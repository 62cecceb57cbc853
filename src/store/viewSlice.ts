import type { MessageKey, MessageParams, Lang } from '../i18n/strings';
import type { SliceCreator } from './types';
import { NO_FILTERS } from '../graph/filters';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

export type CameraCommand = 'fit' | 'zoomIn' | 'zoomOut';

/** A quiet message for the user, such as a part of a shared link that was ignored. */
export interface Notice {
  readonly id: number;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface ViewSlice {
  readonly lang: Lang;
  readonly layout: LayoutName;
  readonly focusDepth: FocusDepth;
  readonly focusOnly: boolean;
  /** The latest camera request for the canvas; `seq` makes repeated requests distinct. */
  readonly camera: { readonly command: CameraCommand; readonly seq: number } | null;
  /** Bumped to ask the canvas to run the layout again. */
  readonly layoutSeq: number;
  readonly notices: readonly Notice[];
  setLanguage(lang: Lang): void;
  setLayout(layout: LayoutName): void;
  setFocusDepth(depth: FocusDepth): void;
  setFocusOnly(on: boolean): void;
  requestCamera(command: CameraCommand): void;
  rerunLayout(): void;
  /** Clears filters, selection and focus, and fits the graph. */
  resetView(): void;
  addNotices(notices: readonly Omit<Notice, 'id'>[]): void;
  dismissNotice(id: number): void;
}

let noticeIds = 0;

export const createViewSlice =
  (initialLang: Lang): SliceCreator<ViewSlice> =>
  (set, get) => ({
    lang: initialLang,
    layout: DEFAULT_LAYOUT,
    focusDepth: 1,
    focusOnly: false,
    camera: null,
    layoutSeq: 0,
    notices: [],
    setLanguage: (lang) => set({ lang }),
    setLayout: (layout) => set({ layout }),
    setFocusDepth: (focusDepth) => set({ focusDepth }),
    setFocusOnly: (focusOnly) => set({ focusOnly }),
    requestCamera: (command) => set({ camera: { command, seq: (get().camera?.seq ?? 0) + 1 } }),
    rerunLayout: () => set({ layoutSeq: get().layoutSeq + 1 }),
    resetView: () =>
      set({
        filters: NO_FILTERS,
        selection: null,
        focusOnly: false,
        focusDepth: 1,
        camera: { command: 'fit', seq: (get().camera?.seq ?? 0) + 1 },
      }),
    addNotices: (notices) =>
      set({ notices: [...get().notices, ...notices.map((n) => ({ ...n, id: ++noticeIds }))] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  });
