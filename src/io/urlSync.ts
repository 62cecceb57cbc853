import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import { decodeView, encodeView, VIEW_PARAMS, type UrlView } from './urlState';
import { storeLang } from './preferences';

/** The parameter holding the https: address of remote data (`?data=https://…`). */
export const DATA_PARAM = 'data';

/** The remote data address in a query string, if there is one. */
export function dataAddressIn(search: string): string | null {
  return new URLSearchParams(search).get(DATA_PARAM);
}

function viewOf(s: AppState): UrlView {
  return {
    selection: s.selection,
    focusDepth: s.focusDepth,
    focusOnly: s.focusOnly,
    filters: s.filters,
    layout: s.layout,
    fileLook: s.fileLook,
    lang: s.lang,
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
    a.lang === b.lang &&
    a.graph === b.graph
  );
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
      ...(view.lang ? { lang: view.lang } : {}),
    });
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
    for (const [key, value] of encodeView(viewOf(s), s.graph)) params.set(key, value);
    const query = params.toString();
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
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
  const onPop = () => apply(win.location.search, false);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
