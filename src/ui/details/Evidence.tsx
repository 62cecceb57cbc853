import type { GraphEdge } from '../../graph/model';
import { clip } from '../../schema/text';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import ExternalLink from './ExternalLink';
import QuoteText from './QuoteText';

/** The evidence of a relationship: each quote verbatim, its English rendering, and its source. */
export default function Evidence({ edge }: { edge: GraphEdge }) {
  const { t, loc, stated } = useT();
  const sources = useApp((s) => s.graph.sources);
  const showInSource = useApp((s) => s.showInSource);
  if (edge.provenance.length === 0) return <p className="evidence-none">{t('evidence.none')}</p>;
  return (
    <div className="evidence">
      <p className="evidence-heading">{t('evidence.heading')}</p>
      {edge.provenance.map((p, i) => {
        const source = sources.get(p.source);
        return (
          <figure key={i}>
            <QuoteText quote={p.quote} translation={p.translation} language={source?.language} />
            {source?.text !== undefined ? (
              <button
                type="button"
                className="show-in-source"
                aria-label={t('evidence.showInSourceOf', { quote: clip(p.quote, 60) })}
                onClick={() => showInSource({ edge: edge.id, index: i })}
              >
                {t('evidence.showInSource')}
              </button>
            ) : null}
            {source ? (
              <figcaption>
                {t('evidence.source')}: <cite>{loc(source.title)}</cite>
                {' · '}
                {t('evidence.outlet', { value: stated(source.outlet) })}
                {source.placeline
                  ? ` · ${t('evidence.placeline', { value: source.placeline })}`
                  : ''}
                {' · '}
                {t('evidence.published', { value: stated(source.published) })}
                {source.url ? (
                  <>
                    {' · '}
                    <ExternalLink url={source.url} />
                  </>
                ) : null}
              </figcaption>
            ) : null}
          </figure>
        );
      })}
    </div>
  );
}
