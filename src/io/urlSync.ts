import type { DataOrigin } from '../store/graphSlice';
import { clipMiddle } from '../schema/text';
import { isRecord } from '../schema/values';
import type { AppStore } from '../store/store';
import type { AppState } from '../store/types';
import { BUNDLED_NAME, loadBundledGraph } from './bundledData';
import { applyView } from './applyView';
import { hasViewParams, showStep, STORY_PARAMS, storyIn } from './storyPlayer';
import { decodeView, encodeView, VIEW_PARAMS, viewOfState } from './urlState';
import { switchLanguage } from './language';
import { storeLang } from './preferences';
import { DATA_PARAM, dataAddressIn, hasParams } from './dataParam';

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
    a.scatterX === b.scatterX &&
    a.scatterY === b.scatterY &&
    a.reading === b.reading &&
    a.asOf === b.asOf &&
    a.absent === b.absent &&
    a.undated === b.undated &&
    a.analyseAsOf === b.analyseAsOf &&
    a.playing === b.playing &&
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
  // An embed's steps would be entries of the host page's history too: its Back would walk the
  // embed instead of leaving the page. The embed keeps one entry, its address always current.
  const pushes = !store.getState().embedded;
  let applying = false;

  const apply = (search: string, announce: boolean) => {
    const params = new URLSearchParams(search);
    const { view, notices } = decodeView(params, store.getState().graph);
    applying = true;
    const story = storyIn(params, store.getState().graph, notices);
    // A link to a step and nothing else shows the step's own view; one carrying a view too
    // shows that (the step as its sender changed it).
    if (story && !hasViewParams(params)) showStep(store, story.story, story.step);
    else {
      applyView(store, view, false);
      store.getState().setPlaying(story);
    }
    // A language not fetched yet follows when it arrives; the rest of the view does not wait.
    if (view.lang) void switchLanguage(store, view.lang);
    applying = false;
    if (announce && notices.length) store.getState().addNotices(notices);
  };

  const write = (push: boolean, graphChanged = false) => {
    const s = store.getState();
    const params = new URLSearchParams(win.location.search);
    for (const key of [...VIEW_PARAMS, ...STORY_PARAMS]) params.delete(key);
    // A link names remote data so it can be reopened; a local file cannot travel in a link.
    if (graphChanged) {
      if (s.origin.kind === 'url') params.set(DATA_PARAM, s.origin.name);
      else params.delete(DATA_PARAM);
    }
    // append: range and hide may repeat, once per measure or attribute.
    if (s.playing) {
      params.set('story', s.playing.story);
      params.set('step', String(s.playing.step + 1));
    }
    for (const [key, value] of encodeView(viewOfState(s), s.graph)) params.append(key, value);
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
    if (push && pushes) win.history.pushState(state, '', url);
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
    // The fetcher is fetched itself only by such a step: most visits never take one.
    if (address !== null)
      back = await import('./importData').then((m) => m.importFromUrl(store, address));
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

  // A plain address (the page starts this after its first picture then) has no view to apply:
  // applying one would undo a choice made meanwhile, and a node chosen is a step Back returns from.
  if (hasParams(win.location.search)) {
    apply(win.location.search, true);
    write(false);
  } else write(store.getState().selection !== null);

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) storeLang(s.lang);
    if (applying || sameView(s, prev)) return;
    // Back cannot bring an earlier graph back, so a new graph replaces the entry it came from.
    const graphChanged = s.graph !== prev.graph;
    const stepped = s.playing !== prev.playing && s.playing !== null;
    write((stepped || s.selection !== prev.selection) && !graphChanged, graphChanged);
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
