import { useId } from 'react';
import type { GraphEdge } from '../../graph/model';
import { clip } from '../../schema/text';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';

export interface QuoteRef {
  readonly edge: string;
  readonly index: number;
}

const MAX_OFFERED = 30;
const same = (a: QuoteRef, b: QuoteRef) => a.edge === b.edge && a.index === b.index;

/**
 * Quotes to show with a step's caption: those already chosen, and the evidence of what is
 * selected now (a relationship's, or that of a node's relationships).
 */
export default function QuotePicker({
  chosen,
  onChange,
}: {
  chosen: readonly QuoteRef[];
  onChange: (quotes: readonly QuoteRef[]) => void;
}) {
  const { t, loc } = useT();
  const id = useId();
  const graph = useApp((s) => s.graph);
  const selection = useApp((s) => s.selection);
  const edges: readonly GraphEdge[] =
    selection?.kind === 'edge'
      ? [graph.edgeById.get(selection.id)].filter((e) => e !== undefined)
      : selection?.kind === 'node'
        ? (graph.incident.get(selection.id) ?? [])
        : [];
  const offered = [
    ...chosen,
    ...edges
      .flatMap((e) => e.provenance.map((_, index) => ({ edge: e.id, index })))
      .filter((q) => !chosen.some((c) => same(c, q))),
  ].slice(0, Math.max(MAX_OFFERED, chosen.length));
  return (
    <fieldset className="quote-picker">
      <legend id={id}>{t('stories.quotes')}</legend>
      {offered.length === 0 ? <p className="hint">{t('stories.quotesNone')}</p> : null}
      {offered.map((q) => {
        const edge = graph.edgeById.get(q.edge);
        const quote = edge?.provenance[q.index]?.quote;
        if (!edge || quote === undefined) return null;
        const on = chosen.some((c) => same(c, q));
        return (
          <label key={`${q.edge}#${q.index}`} className="check">
            <input
              type="checkbox"
              checked={on}
              onChange={() => onChange(on ? chosen.filter((c) => !same(c, q)) : [...chosen, q])}
            />
            <span>
              “{clip(quote, 90)}” <span className="hint">({loc(edge.label)})</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
