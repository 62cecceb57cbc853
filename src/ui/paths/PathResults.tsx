import { selectPaths, selectShown } from '../../store/derived';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import Evidence from '../details/Evidence';
import NodeLink from '../details/NodeLink';

/** Most hops a path may take (the worker's limit, said in the "no path" message). */
const MAX_HOPS = 6;

/** The paths found, each a numbered chain of hops with the relation and its evidence. */
export default function PathResults() {
  const { t, loc, n } = useT();
  const graph = useApp((s) => s.graph);
  const query = useApp((s) => s.pathQuery);
  const state = useApp((s) => s.paths);
  const paths = useApp(selectPaths);
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
      <p role="status" className="paths-none" data-paths="done">
        {t('paths.none', { ...ends, hops: MAX_HOPS })}
      </p>
    );
  return (
    <div className="path-results" data-paths="done">
      <p role="status">
        {paths.length === 1
          ? t('paths.foundOne', ends)
          : t('paths.found', { ...ends, count: n(paths.length) })}
      </p>
      {paths.some((p) => p.nodes.some((i) => !shown.nodes.has(graph.nodes[i]?.id ?? ''))) ? (
        <p className="hint">{t('paths.hidden')}</p>
      ) : null}
      {paths.map((path, p) => (
        <section key={path.nodes.join(',')} className="path" aria-labelledby={`path-${p}`}>
          <h3 id={`path-${p}`}>
            {path.edges.length === 1
              ? t('paths.pathHeadingOne', { n: p + 1 })
              : t('paths.pathHeading', { n: p + 1, hops: n(path.edges.length) })}
          </h3>
          <ol className="hops">
            {path.edges.map((k, i) => {
              const edge = graph.edges[k];
              const a = graph.nodes[path.nodes[i]!];
              const b = graph.nodes[path.nodes[i + 1]!];
              if (!edge || !a || !b) return null;
              // An arrow where the relation has a direction, pointing the way it runs.
              const arrow = edge.directed === false ? ' — ' : edge.source === a.id ? ' → ' : ' ← ';
              return (
                <li key={`${k}-${i}`} className="hop">
                  <p className="hop-line">
                    <NodeLink node={a} keepPanel />
                    <span className="hop-relation">
                      {arrow}
                      {loc(edge.label)}
                      {arrow}
                    </span>
                    <NodeLink node={b} keepPanel />
                  </p>
                  <Evidence edge={edge} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
