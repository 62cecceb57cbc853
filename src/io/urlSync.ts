import type { DataOrigin } from '../store/graphSlice';
import { clipMiddle } from '../schema/text';
import { isRecord } from '../schema/values';
import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import { BUNDLED_NAME, loadBundledGraph } from './bundledData';
import { importFromUrl } from './importData';
import { decodeView, encodeView, VIEW_PARAMS, type UrlView } from './urlState';
import { switchLanguage } from './language';
import { storeLang } from './preferences';

/** The parameter holding the https: address of remote data (`?data=https://…`). */
export const DATA_PARAM = 'data';

/** The remote data address in a query string, if there is one. */
export function dataAddressIn(search: string): string | null {
  // A link pasted with a space around its address (`%20https://…`) still names it.
  return new URLSearchParams(search).get(DATA_PARAM)?.trim() || null;
}

function viewOf(s: AppState): UrlView {
  return {
    selection: s.selection,
    focusDepth: s.focusDepth,
    focusOnly: s.focusOnly,
    filters: s.filters,
    layout: s.layout,
    fileLook: s.fileLook,
    viewport: s.viewport,
    lang: s.lang,
    pathQuery: s.pathQuery,
    appearance: s.appearance,
    roleGroup: s.roleGroup,
    tierBy: s.tierBy,
    ringBy: s.ringBy,
    reading: s.reading,
  };
}

function sameView(a: AppState, b: AppState): boolean {
  return (
    a.selection === b.selection &&
    a.focusDepth === b.focusDepth &&
    a.focusOnly === b.focusOnly &&
    a.filters === b.filters &&
    a.layout === b.layout &&
    a.fileLook === b.fileLook &&
    a.viewport === b.viewport &&
    a.lang === b.lang &&
    a.pathQuery === b.pathQuery &&
    a.appearance === b.appearance &&
    a.roleGroup === b.roleGroup &&
    a.tierBy === b.tierBy &&
    a.ringBy === b.ringBy &&
    a.reading === b.reading &&
    a.graph === b.graph
  );
}

/** What a history entry says about its data: which graph, and where it came from. */
interface EntryData {
  readonly graph: number;
  readonly origin: DataOrigin['kind'];
  readonly name: string;
}

function entryData(state: unknown): EntryData | null {
  if (!isRecord(state)) return null;
  const { graph, origin, name } = state;
  if (typeof graph !== 'number' || typeof name !== 'string') return null;
  const kinds = ['bundled', 'file', 'url', 'copy', 'new'] as const;
  const kind = kinds.find((k) => k === origin);
  if (kind === undefined) return null;
  return { graph, origin: kind, name };
}

/**
 * The one place the address bar and the store meet. Applies the URL's view on start (ignoring
 * bad pieces with notices), then writes every view change back: a new history entry for each
 * selection, a replaced one for anything else, and applies back/forward. Also persists the
 * language. Returns a function that stops it.
 */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let applying = false;

  const apply = (search: string, announce: boolean) => {
    const { view, notices } = decodeView(new URLSearchParams(search), store.getState().graph);
    applying = true;
    store.setState({
      selection: view.selection,
      focusDepth: view.focusDepth,
      focusOnly: view.focusOnly,
      filters: view.filters,
      layout: view.layout,
      fileLook: view.fileLook,
      viewport: view.viewport,
      // The canvas goes to a frame from a link once the graph is placed.
      viewportSeq: store.getState().viewportSeq + (view.viewport ? 1 : 0),
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
    });
    // A language not fetched yet follows when it arrives; the rest of the view does not wait.
    if (view.lang) void switchLanguage(store, view.lang);
    applying = false;
    if (announce && notices.length) store.getState().addNotices(notices);
  };

  const write = (push: boolean, graphChanged = false) => {
    const s = store.getState();
    const params = new URLSearchParams(win.location.search);
    for (const key of VIEW_PARAMS) params.delete(key);
    // A link names remote data so it can be reopened; a local file cannot travel in a link.
    if (graphChanged) {
      if (s.origin.kind === 'url') params.set(DATA_PARAM, s.origin.name);
      else params.delete(DATA_PARAM);
    }
    // append: range and hide may repeat, once per measure or attribute.
    for (const [key, value] of encodeView(viewOf(s), s.graph)) params.append(key, value);
    const query = params.toString();
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    const state: EntryData = {
      graph: s.dataSeq,
      origin: s.origin.kind,
      name: s.origin.name,
    };
    // The same address can show other data (one local file after another): the entry still
    // learns which data it shows.
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) {
      if (entryData(win.history.state)?.graph !== state.graph)
        win.history.replaceState(state, '', url);
      return;
    }
    if (push) win.history.pushState(state, '', url);
    else win.history.replaceState(state, '', url);
  };

  /**
   * Back or Forward to an entry made while other data was shown: that data comes back first
   * (a linked file is fetched again, the shipped one reloaded), then the entry's view. A local
   * file cannot be reopened by the page, so the address is set to what is shown, and a notice
   * says why.
   */
  const returnTo = async (entry: EntryData, search: string) => {
    const address = dataAddressIn(search);
    let back = false;
    if (address !== null) back = await importFromUrl(store, address);
    else if (entry.origin === 'bundled') {
      const shipped = await loadBundledGraph();
      if (shipped.ok) {
        store
          .getState()
          .loadGraph(shipped.graph, { kind: 'bundled', name: BUNDLED_NAME }, 'stakeholder-graph');
        back = true;
      }
    } else
      store
        .getState()
        .addNotices([{ key: 'notice.historyFileGone', params: { name: clipMiddle(entry.name) } }]);
    if (back) apply(search, true);
    write(false, true);
  };

  apply(win.location.search, true);
  write(false);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) storeLang(s.lang);
    if (applying || sameView(s, prev)) return;
    // Back cannot bring an earlier graph back, so a new graph replaces the entry it came from.
    const graphChanged = s.graph !== prev.graph;
    write(s.selection !== prev.selection && !graphChanged, graphChanged);
  });
  const onPop = () => {
    const entry = entryData(win.history.state);
    const s = store.getState();
    if (entry === null || entry.graph === s.dataSeq) apply(win.location.search, false);
    else void returnTo(entry, win.location.search);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
