import type { GroupBy, Measure } from '../graph/analysis/view';
import type { GraphModel } from '../graph/model';
import {
  INITIAL_VIEW,
  initialLayoutFor,
  type CameraCommand,
  type FocusDepth,
  type LayoutName,
  type Viewport,
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
  /**
   * Notices of one group say the same kind of thing: a new one replaces the last (a new load's
   * "Loaded …" replaces the previous load's; "Saved …" the previous save's).
   */
  readonly group?: NoticeGroup;
}

/** Kinds of notice of which only the newest is worth keeping. */
export type NoticeGroup = 'load' | 'export' | 'language';

/** The panels that open as sheets over the graph on a narrow screen. */
export const SHEETS = ['explore', 'side'] as const;
export type Sheet = (typeof SHEETS)[number];

export interface ViewSlice {
  readonly lang: Lang;
  readonly layout: LayoutName;
  /** Whether nodes show the colours and sizes their file gave them, where it gave any. */
  readonly fileLook: boolean;
  /** Draw with Cytoscape's WebGL renderer, where the browser has WebGL 2 (opt-in, experimental). */
  readonly fastDrawing: boolean;
  /**
   * Whether WebGL 2 here runs on a real graphics processor: only then is fast drawing offered
   * (a software renderer draws slower than the canvas one). Null until the canvas has asked.
   */
  readonly gpuDrawing: boolean | null;
  readonly focusDepth: FocusDepth;
  readonly focusOnly: boolean;
  /** The latest camera request for the canvas; `seq` makes repeated requests distinct. */
  readonly camera: { readonly command: CameraCommand; readonly seq: number } | null;
  /** Where the user moved the camera (what a link carries); null while the view fits. */
  readonly viewport: Viewport | null;
  /** Bumped when a frame from outside the canvas (a link) should be shown there. */
  readonly viewportSeq: number;
  /** Bumped to ask the canvas to run the layout again. */
  readonly layoutSeq: number;
  /** What the tiered layout stacks nodes by. */
  readonly tierBy: GroupBy;
  /** What the rings layout ranks nodes by, highest in the middle. */
  readonly ringBy: Measure;
  /** What a scatter places nodes by, across and up. */
  readonly scatterX: Measure;
  readonly scatterY: Measure;
  setScatterBy: (axis: 'x' | 'y', measure: Measure) => void;
  readonly notices: readonly Notice[];
  /** The page is an embed (`?embed=1`): read-only, only the title, canvas and legend. */
  readonly embedded: boolean;
  /** Whether the wheel zooms the canvas; an embed's does only once the embed is clicked. */
  readonly wheelZoom: boolean;
  /**
   * The sheet open on a narrow screen (search, filters and list; or the side panel); wide
   * screens show both regions at all times and ignore it.
   */
  readonly sheet: Sheet | null;
  setLanguage: (lang: Lang) => void;
  setLayout: (layout: LayoutName) => void;
  setFileLook: (on: boolean) => void;
  setFastDrawing: (on: boolean) => void;
  setGpuDrawing: (on: boolean) => void;
  setFocusDepth: (depth: FocusDepth) => void;
  setFocusOnly: (on: boolean) => void;
  requestCamera: (command: CameraCommand) => void;
  /** Records the frame the user moved to; `show` asks the canvas to go there (a link). */
  setViewport: (viewport: Viewport | null, show?: boolean) => void;
  rerunLayout: () => void;
  /** Stacks the tiers by another grouping, laying them out again if they are shown. */
  setTierBy: (by: GroupBy) => void;
  /** Ranks the rings by another measure, laying them out again if they are shown. */
  setRingBy: (by: Measure) => void;
  /** Clears filters, selection and focus, and fits the graph. */
  resetView: () => void;
  addNotices: (notices: readonly Omit<Notice, 'id'>[]) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
  /** Takes away the notices of one group (what they said no longer holds). */
  dropNotices: (group: NoticeGroup) => void;
  openSheet: (sheet: Sheet | null) => void;
  /** The user took up the embed (a click or tap): the wheel zooms it from now on. */
  takeUpEmbed: () => void;
}

let noticeIds = 0;

/** What tiers and rings are laid out by when a graph opens: type, and degree. */
export const initialArrangement: {
  readonly tierBy: GroupBy;
  readonly ringBy: Measure;
  readonly scatterX: Measure;
  readonly scatterY: Measure;
} = {
  tierBy: Object.freeze({ kind: 'type' }),
  ringBy: Object.freeze({ kind: 'metric', name: 'degree' }),
  scatterX: Object.freeze({ kind: 'metric', name: 'degree' }),
  scatterY: Object.freeze({ kind: 'metric', name: 'betweenness' }),
};

/** The focus settings a graph opens with. */
export const initialFocus = {
  focusDepth: INITIAL_VIEW.focusDepth,
  focusOnly: INITIAL_VIEW.focusOnly,
} as const;

export const createViewSlice =
  (initial: { lang: Lang; graph: GraphModel; embedded?: boolean }): SliceCreator<ViewSlice> =>
  (set, get) => ({
    lang: initial.lang,
    layout: initialLayoutFor(initial.graph),
    fileLook: INITIAL_VIEW.fileLook,
    fastDrawing: false,
    gpuDrawing: null,
    ...initialFocus,
    camera: null,
    viewport: INITIAL_VIEW.viewport,
    viewportSeq: 0,
    layoutSeq: 0,
    ...initialArrangement,
    notices: [],
    embedded: initial.embedded === true,
    wheelZoom: initial.embedded !== true,
    sheet: null,
    setLanguage: (lang) => set({ lang }),
    // A new picture is shown whole.
    setLayout: (layout) => set({ layout, viewport: null }),
    setFileLook: (fileLook) => set({ fileLook }),
    setFastDrawing: (fastDrawing) => set({ fastDrawing }),
    setGpuDrawing: (gpuDrawing) => set({ gpuDrawing }),
    setFocusDepth: (focusDepth) => set({ focusDepth }),
    setFocusOnly: (focusOnly) => set({ focusOnly }),
    requestCamera: (command) =>
      set({
        camera: { command, seq: (get().camera?.seq ?? 0) + 1 },
        ...(command === 'fit' ? { viewport: null } : {}),
      }),
    setViewport: (viewport, show = false) =>
      set({ viewport, viewportSeq: get().viewportSeq + (show ? 1 : 0) }),
    rerunLayout: () => set({ layoutSeq: get().layoutSeq + 1, viewport: null }),
    setTierBy: (tierBy) =>
      set({
        tierBy,
        ...(get().layout === 'breadthfirst'
          ? { layoutSeq: get().layoutSeq + 1, viewport: null }
          : {}),
      }),
    setRingBy: (ringBy) =>
      set({
        ringBy,
        ...(get().layout === 'concentric'
          ? { layoutSeq: get().layoutSeq + 1, viewport: null }
          : {}),
      }),
    // The scatter follows its measures by itself (see selectPlan): no layout request.
    setScatterBy: (axis, measure) =>
      set(
        axis === 'x'
          ? { scatterX: measure, viewport: null }
          : { scatterY: measure, viewport: null },
      ),
    resetView: () =>
      set({
        ...initialFilters,
        ...initialSelection,
        ...initialFocus,
        camera: { command: 'fit', seq: (get().camera?.seq ?? 0) + 1 },
        viewport: INITIAL_VIEW.viewport,
      }),
    addNotices: (notices) => {
      const groups = new Set(notices.flatMap((n) => (n.group ? [n.group] : [])));
      const kept = get().notices.filter((n) => !n.group || !groups.has(n.group));
      set({ notices: [...kept, ...notices.map((n) => ({ ...n, id: ++noticeIds }))] });
    },
    dismissAllNotices: () => set({ notices: [] }),
    dropNotices: (group) => set({ notices: get().notices.filter((n) => n.group !== group) }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    openSheet: (sheet) => set({ sheet }),
    takeUpEmbed: () => {
      if (!get().wheelZoom) set({ wheelZoom: true });
    },
  });
