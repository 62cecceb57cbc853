import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import './app/app.css';
import './app/screens.css';
import './app/stories.css';
import './app/time.css';
import { BUNDLED_NAME, loadBundledGraph } from './io/bundledData';
import { loadLanguage, switchLanguage, wantedLanguage } from './io/language';
import { readStored } from './io/storedRecord';
import { dataAddressIn, hasParams } from './io/dataParam';
import { afterFirstFrame } from './io/afterFirstFrame';
import { isEmbed } from './io/embed';
import { withFeatureText } from './i18n/featureText';
import { createAppStore, StoreContext } from './store/store';

// An embed loads only what it shows (a story's words among it).
const EmbedApp = lazy(() => withFeatureText(import('./app/EmbedApp')));
const embedded = isEmbed(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The canvas's code is asked for while the data is fetched, not after it.
void import('./canvas/GraphCanvas');
// Hindi is fetched beside the data for those who chose it; if it cannot be, English shows.
const lang = wantedLanguage(window.location.search) ?? 'en';
const language = loadLanguage(lang).then(
  () => lang,
  () => 'en' as const,
);
void Promise.all([loadBundledGraph(), language]).then(([loaded, shown]) => {
  if (!loaded.ok) {
    // The shipped data is validated in CI; this guards a broken build or a failed fetch.
    void import('./i18n/problems').then(({ formatProblem }) => {
      root.textContent = loaded.problems.map((p) => formatProblem(p, 'en')).join('\n');
    });
    return;
  }
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'bundled', name: BUNDLED_NAME },
    lang: shown,
    embedded,
  });
  // The language asked for could not be fetched: tried once more, and said where it fails.
  if (shown !== lang) void switchLanguage(store, lang);
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        {embedded ? (
          <Suspense fallback={null}>
            <EmbedApp />
          </Suspense>
        ) : (
          <App />
        )}
      </StoreContext.Provider>
    </StrictMode>,
  );
  // A link's view refers to its own data's ids, so the data is in place before it applies:
  // the linked address, or else the user's own graph from their last visit (never in an embed,
  // which shows what its link says to every visitor). What only some visits need is fetched
  // only by them; what every visit needs later is fetched after the first picture. Code that may
  // speak a feature's words (a notice, a panel a link opens) comes with the features' text.
  const search = window.location.search;
  const address = dataAddressIn(search);
  const data =
    address !== null
      ? withFeatureText(import('./io/importData')).then((m) => m.importFromUrl(store, address))
      : embedded
        ? Promise.resolve(false)
        : readStored().then(
            (kept) =>
              kept !== null &&
              withFeatureText(import('./io/storedGraph')).then((m) =>
                m.restoreStoredGraph(store, kept),
              ),
            // Private windows and locked-down browsers have no IndexedDB; the shipped data stays.
            () => false,
          );
  // A link with a view shows it as soon as it can; a plain address has nothing to apply.
  const sync = hasParams(search) ? withFeatureText(import('./io/urlSync')) : null;
  void data.finally(() => {
    if (sync) void sync.then((m) => m.startUrlSync(store));
    afterFirstFrame(() => {
      // The analysis worker and its code are fetched after the graph is drawn, not before it.
      void withFeatureText(import('./io/analysisSync')).then((m) => m.startAnalysisSync(store));
      if (!sync) void withFeatureText(import('./io/urlSync')).then((m) => m.startUrlSync(store));
      // An embed is read-only: nothing of it is kept.
      if (!embedded)
        void withFeatureText(import('./io/storedGraph')).then((m) => m.startPersistence(store));
      void import('./io/searchWarmup').then((m) => m.startSearchWarmup(store));
    });
  });
});
