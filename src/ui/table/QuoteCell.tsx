import { clip } from '../../schema/text';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';

/** A relationship's first quote in the table, with the way to its passage when the text is in. */
export default function QuoteCell({ edgeId, text }: { edgeId: string; text: string }) {
  const { t } = useT();
  const showInSource = useApp((s) => s.showInSource);
  const readable = useApp((s) => {
    const first = s.graph.edgeById.get(edgeId)?.provenance[0];
    return first !== undefined && s.graph.sources.get(first.source)?.text !== undefined;
  });
  return (
    <td className="quote-cell">
      {readable && text ? (
        <button
          type="button"
          className="show-in-source"
          aria-label={t('evidence.showInSourceOf', { quote: clip(text, 60) })}
          onClick={() => showInSource({ edge: edgeId, index: 0 })}
        >
          {t('evidence.showInSource')}
        </button>
      ) : null}{' '}
      {text}
    </td>
  );
}
