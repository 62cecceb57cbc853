import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import './app/app.css';
import './app/screens.css';
import { BUNDLED_NAME, loadBundledGraph } from './io/bundledData';
import { importFromUrl } from './io/importData';
import { readStoredLang } from './io/preferences';
import { startSearchWarmup } from './io/searchWarmup';
import { restoreStoredGraph, startPersistence } from './io/storedGraph';
import { dataAddressIn, startUrlSync } from './io/urlSync';
import { startAnalysisSync } from './io/analysisSync';
import { afterFirstFrame } from './io/afterFirstFrame';
import { formatProblem } from './i18n/problems';
import { createAppStore, StoreContext } from './store/store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The canvas's code is asked for while the data is fetched, not after it.
void import('./canvas/GraphCanvas');
void loadBundledGraph().then((loaded) => {
  if (!loaded.ok) {
    // The shipped data is validated in CI; this guards a broken build or a failed fetch.
    root.textContent = loaded.problems.map((p) => formatProblem(p, 'en')).join('\n');
    return;
  }
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'bundled', name: BUNDLED_NAME },
    lang: readStoredLang() ?? 'en',
  });
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  // A link's view refers to its own data's ids, so the data is in place before it applies:
  // the linked address, or else the user's own graph from their last visit.
  const address = dataAddressIn(window.location.search);
  const data = address === null ? restoreStoredGraph(store) : importFromUrl(store, address);
  void data.finally(() => {
    // The analysis worker and its code are fetched after the graph is drawn, not before it.
    afterFirstFrame(() => startAnalysisSync(store));
    startUrlSync(store);
    startPersistence(store);
    startSearchWarmup(store);
  });
});
