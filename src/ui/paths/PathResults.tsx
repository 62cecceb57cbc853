import { selectPaths, selectShown } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import AnalysedAsOf from '../time/AnalysedAsOf';
import PathChain from './PathChain';

/** Most hops a path may take (the worker's limit, said in the "no path" message). */
const MAX_HOPS = 6;

/**
 * The paths found, numbered, each a compact chain with its evidence folded under each hop. A
 * path's heading chooses it: drawn strong on the canvas, the others faint.
 */
export default function PathResults() {
  const { t, loc, n } = useT();
  const graph = useApp((s) => s.graph);
  const query = useApp((s) => s.pathQuery);
  const state = useApp((s) => s.paths);
  const paths = useApp(selectPaths);
  const chosen = useApp((s) => s.chosenPath);
  const choosePath = useApp((s) => s.choosePath);
  const shown = useApp(selectShown);
  if (!query) return null;
  const from = graph.nodeById.get(query.from);
  const to = graph.nodeById.get(query.to);
  if (!from || !to) return null;
  const ends = { from: loc(from.label), to: loc(to.label) };

  if (state?.failed)
    return (
      <p role="status" data-paths="failed">
        {t('paths.failed')}
      </p>
    );
  if (!paths)
    return (
      <p role="status" data-paths="searching">
        {t('paths.searching')}
      </p>
    );
  if (!paths.length)
    return (
      <div data-paths="done">
        <p role="status" className="paths-none">
          {t('paths.none', { ...ends, hops: MAX_HOPS })}
        </p>
        <AnalysedAsOf />
      </div>
    );
  return (
    <div className="path-results" data-paths="done">
      <p role="status">
        {paths.length === 1
          ? t('paths.foundOne', ends)
          : t('paths.found', { ...ends, count: n(paths.length) })}
      </p>
      <AnalysedAsOf />
      {paths.some((p) => p.nodes.some((i) => !shown.nodes.has(graph.nodes[i]?.id ?? ''))) ? (
        <p className="hint">{t('paths.hidden')}</p>
      ) : null}
      <ol className="path-list">
        {paths.map((path, p) => (
          <li
            key={path.nodes.join(',')}
            className="path"
            data-chosen={p === chosen ? 'true' : 'false'}
          >
            <section aria-labelledby={`path-${p}`}>
              <h3 id={`path-${p}`}>
                <button
                  type="button"
                  className="path-choose"
                  aria-pressed={p === chosen}
                  onClick={() => choosePath(p)}
                >
                  {path.edges.length === 1
                    ? t('paths.pathHeadingOne', { n: p + 1 })
                    : t('paths.pathHeading', { n: p + 1, hops: n(path.edges.length) })}
                </button>
              </h3>
              <PathChain path={path} />
            </section>
          </li>
        ))}
      </ol>
    </div>
  );
}
