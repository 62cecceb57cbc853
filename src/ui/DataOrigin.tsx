import { loadBundledGraph, BUNDLED_NAME } from '../io/bundledData';
import { useApp } from '../store/store';
import { useT } from '../store/useT';
import { clipMiddle } from '../schema/text';

/**
 * Where the data on screen came from: the shipped file, the user's file, or an address; and,
 * away from the shipped data, the way back to it.
 */
export default function DataOrigin() {
  const { t } = useT();
  const origin = useApp((s) => s.origin);
  const loadGraph = useApp((s) => s.loadGraph);
  const kept = useApp((s) => s.kept);
  const back = () => {
    const shipped = loadBundledGraph();
    if (shipped.ok)
      loadGraph(shipped.graph, { kind: 'bundled', name: BUNDLED_NAME }, 'stakeholder-graph');
  };
  return (
    <p className="data-origin">
      <span data-testid="data-origin">
        {t(`origin.${origin.kind}`, { name: clipMiddle(origin.name) })}
      </span>
      {origin.kind === 'file' && kept ? (
        <span className="kept" data-testid="kept" data-kept={kept}>
          {' · '}
          {t(`origin.kept.${kept}`)}
        </span>
      ) : null}
      {origin.kind === 'bundled' ? null : (
        <button type="button" className="link-button" onClick={back}>
          {t('origin.backToShipped')}
        </button>
      )}
    </p>
  );
}
