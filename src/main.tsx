import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import './app/app.css';
import { BUNDLED_NAME, loadBundledGraph } from './io/bundledData';
import { importFromUrl } from './io/importData';
import { readStoredLang } from './io/preferences';
import { dataAddressIn, startUrlSync } from './io/urlSync';
import { formatProblem } from './i18n/problems';
import { createAppStore, StoreContext } from './store/store';

const root = document.getElementById('root');
const loaded = loadBundledGraph();
if (!root) throw new Error('index.html has no #root');
if (!loaded.ok) {
  // The shipped data is validated in CI; this only guards a broken build.
  root.textContent = loaded.problems.map((p) => formatProblem(p, 'en')).join('\n');
} else {
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
  // A link's view refers to its own data's ids, so remote data is in place before it applies.
  const address = dataAddressIn(window.location.search);
  if (address === null) startUrlSync(store);
  else void importFromUrl(store, address).finally(() => startUrlSync(store));
}
