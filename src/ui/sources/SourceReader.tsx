import { useMemo, useState } from 'react';
import { readSource, type Cite } from '../../graph/sources';
import type { Reading } from '../../store/sourcesSlice';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import CaptureBar from './CaptureBar';
import CitedBy from './CitedBy';
import { counted } from './counted';
import SourceText from './SourceText';

const sameCite = (a: Cite, b: Cite) => a.edge === b.edge && a.index === b.index;

/**
 * A source's text with every passage used as evidence highlighted, the one opened on current:
 * what cites it, and a step to the previous and next passage.
 */
export default function SourceReader({ reading }: { reading: Reading }) {
  const tr = useT();
  const { t, loc, n } = tr;
  const graph = useApp((s) => s.graph);
  const closeSource = useApp((s) => s.closeSource);
  const readCite = useApp((s) => s.readCite);
  const editing = useApp((s) => s.editing);
  const [span, setSpan] = useState<{ from: number; to: number } | null>(null);
  const source = graph.sources.get(reading.source);
  const read = useMemo(() => readSource(graph, reading.source), [graph, reading.source]);
  if (!source) return null;
  const back = (
    <button type="button" className="source-back" onClick={closeSource}>
      {t('sources.back')}
    </button>
  );
  if (!read)
    return (
      <section className="source-reader">
        {back}
        <p>{t('sources.noText')}</p>
      </section>
    );
  const { passages } = read;
  const cite = reading.cite;
  const at = cite ? passages.findIndex((p) => p.cites.some((c) => sameCite(c, cite))) : -1;
  const relationships = new Set(passages.flatMap((p) => p.cites.map((c) => c.edge))).size;
  const step = (by: number) => {
    const to = passages[at === -1 ? (by > 0 ? 0 : passages.length - 1) : at + by];
    if (to?.cites[0]) readCite(to.cites[0]);
  };
  const current = passages[at];
  return (
    <section className="source-reader" aria-labelledby="source-title">
      {back}
      <h3 id="source-title" lang={source.language}>
        {loc(source.title)}
      </h3>
      <p className="source-facts" data-testid="source-summary">
        {passages.length
          ? t('sources.passages', {
              passages: counted(tr, passages.length, 'sources.passageOne', 'sources.passageCount'),
              relationships: counted(
                tr,
                relationships,
                'sources.relationshipOne',
                'sources.relationshipCount',
              ),
            })
          : t('sources.passagesNone')}
      </p>
      {read.unfound.length ? (
        <p className="source-facts" role="note">
          {t('sources.unfound', { count: n(read.unfound.length) })}
        </p>
      ) : null}
      <div className="source-steps" role="group" aria-label={t('sources.steps')}>
        <button type="button" onClick={() => step(-1)} disabled={at === 0 || !passages.length}>
          {t('sources.previous')}
        </button>
        <span aria-live="polite">
          {at >= 0 ? t('sources.passageOf', { at: n(at + 1), count: n(passages.length) }) : ''}
        </span>
        <button
          type="button"
          onClick={() => step(1)}
          disabled={at === passages.length - 1 || !passages.length}
        >
          {t('sources.next')}
        </button>
      </div>
      {current ? <CitedBy passage={current} /> : null}
      {editing && span ? (
        <CaptureBar
          key={`${span.from}:${span.to}`}
          source={source.id}
          text={read.text}
          span={span}
        />
      ) : null}
      {editing && !span ? <p className="source-facts">{t('capture.hint')}</p> : null}
      <SourceText
        text={read.text}
        lang={source.language}
        passages={passages}
        current={at}
        onPick={(k) => {
          const first = passages[k]?.cites[0];
          if (first) readCite(first);
        }}
        {...(editing ? { onSpan: setSpan } : {})}
      />
    </section>
  );
}
