import { useState } from 'react';
import { citationCounts } from '../../graph/sources';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import ExternalLink from '../details/ExternalLink';
import SourceForm from './SourceForm';
import { counted } from './counted';

/** Every source the graph names: what it is, where it is, and how much cites it. */
export default function SourceList() {
  const tr = useT();
  const { t, loc, stated } = tr;
  const graph = useApp((s) => s.graph);
  const readSource = useApp((s) => s.readSource);
  const editing = useApp((s) => s.editing);
  const [adding, setAdding] = useState(false);
  const sources = [...graph.sources.values()];
  const counts = citationCounts(graph);
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">{t('sources.heading')}</h3>
      {editing && adding ? <SourceForm onDone={() => setAdding(false)} /> : null}
      {editing && !adding ? (
        <button type="button" onClick={() => setAdding(true)}>
          {t('sources.add')}
        </button>
      ) : null}
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
                {t('evidence.outlet', { value: stated(s.outlet) })}
                {' · '}
                {t('evidence.published', { value: stated(s.published) })}
                {' · '}
                {t('sources.language', { value: s.language })}
              </p>
              {s.url ? <ExternalLink url={s.url} /> : null}
              <p className="source-facts">
                {c
                  ? t('sources.cited', {
                      evidence: counted(
                        tr,
                        c.evidence,
                        'sources.evidenceOne',
                        'sources.evidenceCount',
                      ),
                      relationships: counted(
                        tr,
                        c.relationships,
                        'sources.relationshipOne',
                        'sources.relationshipCount',
                      ),
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
