import { citationCounts } from '../../graph/sources';
import { UNKNOWN } from '../../schema/graphFile';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import ExternalLink from '../details/ExternalLink';

/** Every source the graph names: what it is, where it is, and how much cites it. */
export default function SourceList() {
  const { t, loc, n } = useT();
  const graph = useApp((s) => s.graph);
  const readSource = useApp((s) => s.readSource);
  const sources = [...graph.sources.values()];
  const counts = citationCounts(graph);
  const known = (v: string) => (v === UNKNOWN ? t('evidence.unknown') : v);
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('sources.heading')}</h3>
      {sources.length === 0 ? <p>{t('sources.none')}</p> : null}
      <ul className="source-list">
        {sources.map((s) => {
          const c = counts.get(s.id);
          return (
            <li key={s.id}>
              <p className="source-title" lang={s.language}>
                <cite>{loc(s.title)}</cite>
              </p>
              <p className="source-facts">
                {t('evidence.outlet', { value: known(s.outlet) })}
                {' · '}
                {t('evidence.published', { value: known(s.published) })}
                {' · '}
                {t('sources.language', { value: s.language })}
              </p>
              {s.url ? <ExternalLink url={s.url} /> : null}
              <p className="source-facts">
                {c
                  ? t('sources.cited', {
                      evidence: n(c.evidence),
                      relationships: n(c.relationships),
                    })
                  : t('sources.citedNone')}
              </p>
              {s.text !== undefined ? (
                <button
                  type="button"
                  aria-label={t('sources.read', { title: loc(s.title) })}
                  onClick={() => readSource(s.id)}
                >
                  {t('sources.readText')}
                </button>
              ) : (
                <p className="source-facts">{t('sources.noText')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
