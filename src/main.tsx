import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App';
import './app/app.css';
import { BUNDLED_NAME, loadBundledGraph } from './io/bundledData';
import { readStoredLang } from './io/preferences';
import { startUrlSync } from './io/urlSync';
import { problemToString } from './schema/problems';
import { createAppStore, StoreContext } from './store/store';

const root = document.getElementById('root');
const loaded = loadBundledGraph();
if (!root) throw new Error('index.html has no #root');
if (!loaded.ok) {
  // The shipped data is validated in CI; this only guards a broken build.
  root.textContent = loaded.problems.map(problemToString).join('\n');
} else {
  const store = createAppStore({
    graph: loaded.graph,
    origin: { kind: 'bundled', name: BUNDLED_NAME },
    lang: readStoredLang() ?? 'en',
  });
  startUrlSync(store);
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
