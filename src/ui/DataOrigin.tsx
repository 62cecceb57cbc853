import { useState } from 'react';
import { loadBundledGraph, BUNDLED_NAME } from '../io/bundledData';
import { exportView } from '../io/onDemand';
import { clearStored } from '../io/storedRecord';
import { isOwn } from '../store/graphSlice';
import { useApp, useAppStore } from '../store/store';
import { useT } from '../store/useT';
import { clipMiddle } from '../schema/text';
import ReplaceMapConfirm from './edit/ReplaceMapConfirm';

/**
 * Where the data on screen came from: the shipped file, the user's file, an address, a working
 * copy or a new map; whether it is kept in this browser (with an export where it is not); and,
 * away from the shipped data, the way back to it, which asks first where that deletes a map.
 */
export default function DataOrigin() {
  const { t, n, loc } = useT();
  const store = useAppStore();
  const origin = useApp((s) => s.origin);
  const loadGraph = useApp((s) => s.loadGraph);
  const kept = useApp((s) => s.kept);
  const steps = useApp((s) => s.past.length + s.future.length);
  const [asking, setAsking] = useState(false);
  const back = () => {
    setAsking(false);
    void loadBundledGraph().then(async (shipped) => {
      // Where it could not be fetched (offline), said as any failed import is; nothing changes.
      if (!shipped.ok) return store.getState().failImport(BUNDLED_NAME, shipped.problems);
      // The kept copy is deleted before the shipped data shows, so a reload the moment it
      // shows cannot bring the map back (the write that follows a change is asynchronous).
      await clearStored().catch(() => undefined);
      loadGraph(shipped.graph, { kind: 'bundled', name: BUNDLED_NAME }, 'stakeholder-graph');
    });
  };
  const edited = origin.kind === 'copy' || origin.kind === 'new' || steps > 0;
  const title = useApp((s) => s.graph.meta.title);
  // A map made here is known by its title, in the interface language, as it is renamed.
  const name = clipMiddle(origin.kind === 'new' ? loc(title) : origin.name);
  const said =
    origin.kind === 'copy' && origin.of === 'bundled'
      ? t('origin.copyShipped')
      : t(`origin.${origin.kind}`, { name });
  const saveJson = () => void exportView(store, 'json');
  return (
    <div className="data-origin">
      <span data-testid="data-origin">{said}</span>
      {isOwn(origin) && kept ? (
        <span className="kept" data-testid="kept" data-kept={kept}>
          {' · '}
          {t(`origin.kept.${kept}`)}
        </span>
      ) : null}
      {kept === 'failed' || kept === 'elsewhere' ? (
        <button type="button" className="link-button" onClick={saveJson}>
          {t('origin.exportNow')}
        </button>
      ) : null}
      {origin.kind === 'bundled' || asking ? null : (
        <button
          type="button"
          className="link-button"
          onClick={() => (edited ? setAsking(true) : back())}
        >
          {t('origin.backToShipped')}
        </button>
      )}
      {asking ? (
        <ReplaceMapConfirm
          id="back-ask"
          question={t('origin.backAsk', {
            name: clipMiddle(store.getState().graph.meta.title.en),
            steps: n(steps),
          })}
          confirm={t('origin.backConfirm')}
          onConfirm={back}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
