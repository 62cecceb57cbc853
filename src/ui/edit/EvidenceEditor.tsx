import { useId } from 'react';
import type { Provenance } from '../../schema/graphFile';
import type { CapturedPassage } from '../../store/historySlice';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import { TextInput } from './Fields';

/** A quote being added, with its source: one known, or a new one named here. */
export interface QuoteDraft {
  readonly source: string;
  readonly quote: string;
  readonly translation: string;
  readonly newSource: { readonly title: string; readonly outlet: string; readonly url: string };
  /** Where a quote captured from a source's text sits in it; kept while the quote is as taken. */
  readonly captured?: CapturedPassage;
}

export const NEW_SOURCE = '\u0000new';
export const emptyQuote = (source: string): QuoteDraft => ({
  source: source || NEW_SOURCE,
  quote: '',
  translation: '',
  newSource: { title: '', outlet: '', url: '' },
});

/** A relationship's evidence: the quotes it has (each removable) and one more to add. */
export default function EvidenceEditor({
  kept,
  onKeep,
  draft,
  onDraft,
}: {
  kept: readonly Provenance[];
  onKeep: (kept: readonly Provenance[]) => void;
  draft: QuoteDraft;
  onDraft: (d: QuoteDraft) => void;
}) {
  const { t, loc } = useT();
  const id = useId();
  const sources = useApp((s) => s.graph.sources);
  const refused = useApp((s) => s.refused);
  const set = (part: Partial<QuoteDraft>) => onDraft({ ...draft, ...part });
  const setSource = (part: Partial<QuoteDraft['newSource']>) =>
    set({ newSource: { ...draft.newSource, ...part } });
  return (
    <fieldset className="evidence-editor">
      <legend>{t('edit.evidence')}</legend>
      {kept.length ? (
        <ul>
          {kept.map((p, i) => (
            <li key={`${p.source} ${p.quote}`}>
              <q>{p.quote}</q>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onKeep(kept.filter((_, j) => j !== i))}
              >
                {t('edit.removeQuote')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <TextInput
        field="quote"
        multiline
        label={t('edit.quote')}
        value={draft.quote}
        onChange={(quote) => set({ quote })}
        problems={refused}
      />
      <TextInput
        field="translation"
        label={t('edit.translation')}
        value={draft.translation}
        onChange={(translation) => set({ translation })}
        problems={refused}
      />
      <label htmlFor={`${id}-source`}>{t('edit.source')}</label>
      <select
        id={`${id}-source`}
        value={draft.source}
        onChange={(e) => set({ source: e.target.value })}
      >
        {[...sources.values()].map((s) => (
          <option key={s.id} value={s.id}>
            {loc(s.title)}
          </option>
        ))}
        <option value={NEW_SOURCE}>{t('edit.newSource')}</option>
      </select>
      {draft.source === NEW_SOURCE ? (
        <div className="new-source">
          <TextInput
            field="title"
            label={t('edit.sourceTitle')}
            value={draft.newSource.title}
            onChange={(title) => setSource({ title })}
            problems={refused.filter((p) => p.path?.startsWith('sources'))}
          />
          <TextInput
            field="outlet"
            label={t('edit.sourceOutlet')}
            value={draft.newSource.outlet}
            onChange={(outlet) => setSource({ outlet })}
            problems={refused.filter((p) => p.path?.startsWith('sources'))}
          />
          <TextInput
            field="url"
            type="url"
            label={t('edit.sourceUrl')}
            value={draft.newSource.url}
            onChange={(url) => setSource({ url })}
            problems={refused.filter((p) => p.path?.startsWith('sources'))}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
