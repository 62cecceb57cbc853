import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import type { UrlView } from './urlState';

/**
 * Puts a view (from a link or a story's step) into the store in one change. `fit`: where the
 * view has no frame of its own, the canvas fits the graph (a step after another step); a link
 * opening the page needs no such request, since a new graph is fitted anyway. `also`: what
 * changes with the view in the same update (a story's step), so a link is written once.
 */
export function applyView(
  store: AppStore,
  view: UrlView,
  fit: boolean,
  also: Partial<Pick<AppState, 'playing' | 'sheet'>> = {},
): void {
  const s = store.getState();
  store.setState({
    selection: view.selection,
    focusDepth: view.focusDepth,
    focusOnly: view.focusOnly,
    filters: view.filters,
    layout: view.layout,
    fileLook: view.fileLook,
    viewport: view.viewport,
    // The canvas goes to a frame from a link once the graph is placed.
    viewportSeq: s.viewportSeq + (view.viewport ? 1 : 0),
    ...(fit && !view.viewport ? { camera: { command: 'fit', seq: (s.camera?.seq ?? 0) + 1 } } : {}),
    pathQuery: view.pathQuery,
    // A link that asks how two nodes are linked opens on the answer; one naming a node or
    // a path opens the side panel, a sheet on a phone.
    ...(view.pathQuery ? { panel: 'paths' as const } : {}),
    // A link on a passage opens the reader on it.
    reading: view.reading,
    ...(view.reading ? { panel: 'sources' as const } : {}),
    ...(view.selection || view.pathQuery || view.reading ? { sheet: 'side' as const } : {}),
    appearance: view.appearance,
    roleGroup: view.roleGroup,
    tierBy: view.tierBy,
    ringBy: view.ringBy,
    scatterX: view.scatterX,
    scatterY: view.scatterY,
    asOf: view.asOf,
    absent: view.absent,
    undated: view.undated,
    analyseAsOf: view.analyseAsOf,
    // A view from a link or a step is a moment, not a running timeline.
    timePlaying: false,
    ...also,
  });
}
