import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import { clip } from '../../schema/text';
import QuoteText from '../details/QuoteText';

/** The quotes a step shows with its caption, each verbatim with its source and Show in source. */
export default function StepQuotes({
  quotes,
}: {
  quotes: readonly { readonly edge: string; readonly index: number }[];
}) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const showInSource = useApp((s) => s.showInSource);
  return (
    <ul className="story-quotes">
      {quotes.map((q) => {
        const p = graph.edgeById.get(q.edge)?.provenance[q.index];
        if (!p) return null;
        const source = graph.sources.get(p.source);
        return (
          <li key={`${q.edge}#${q.index}`}>
            <QuoteText quote={p.quote} translation={p.translation} language={source?.language} />
            <p className="story-cite">
              {source ? <cite>{loc(source.title)}</cite> : null}
              {source?.text !== undefined ? (
                <button
                  type="button"
                  className="show-in-source"
                  aria-label={t('evidence.showInSourceOf', { quote: clip(p.quote, 60) })}
                  onClick={() => showInSource(q)}
                >
                  {t('evidence.showInSource')}
                </button>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
