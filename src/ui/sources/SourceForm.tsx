import { useId, useState, type FormEvent } from 'react';
import { addSource } from '../../graph/edits';
import { readSourceFile } from '../../io/sourceFile';
import { UNKNOWN } from '../../schema/graphFile';
import { normalisedText } from '../../schema/text';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { localized, PairInput, TextInput, type TextPair } from '../edit/Fields';

const KINDS = ['news-report', 'document', 'dataset', 'interview', 'web-page', 'other'] as const;

/** The form's plain text fields, in order: each one's field in the file and its label. */
const TEXT_FIELDS = [
  { field: 'outlet', label: 'sources.outlet' },
  { field: 'published', label: 'sources.published' },
  { field: 'retrieved', label: 'sources.retrieved' },
  { field: 'url', label: 'sources.url', type: 'url' },
  { field: 'language', label: 'sources.languageLabel' },
  { field: 'text', label: 'sources.textLabel', multiline: true },
] as const;

interface Draft {
  readonly title: TextPair;
  readonly outlet: string;
  readonly published: string;
  readonly retrieved: string;
  readonly url: string;
  readonly kind: (typeof KINDS)[number];
  readonly language: string;
  readonly text: string;
}

/**
 * A source added to the graph with its text, pasted or from a file (a page read as text only):
 * one step of the history, checked like a file's; the reader opens on it.
 */
export default function SourceForm({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const id = useId();
  const store = useAppStore();
  const refused = useApp((s) => s.refused);
  const [draft, setDraft] = useState<Draft>({
    title: { en: '', hi: '' },
    outlet: '',
    published: '',
    retrieved: '',
    url: '',
    kind: 'news-report',
    language: '',
    text: '',
  });
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const problems = refused.filter((p) => p.path?.startsWith('sources'));
  const save = (e: FormEvent) => {
    e.preventDefault();
    const s = store.getState();
    const text = normalisedText(draft.text);
    const made = addSource(s.graph, {
      kind: draft.kind,
      // The text says its language when the form does not: Devanagari is Hindi here.
      language: draft.language.trim() || (/[\u0900-\u097f]/.test(text) ? 'hi' : 'en'),
      title: localized(draft.title) ?? { en: '', hi: '' },
      outlet: draft.outlet.trim() || UNKNOWN,
      published: draft.published.trim() || UNKNOWN,
      ...(draft.retrieved.trim() ? { retrieved: draft.retrieved.trim() } : {}),
      ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
      ...(text.trim() ? { text } : {}),
    });
    if (!s.perform(made.command)) return;
    onDone();
    if (text.trim()) store.getState().readSource(made.id);
  };
  return (
    <form className="edit-form source-form" onSubmit={save} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('sources.addHeading')}</h3>
      <PairInput
        field="title"
        labels={[t('sources.titleEn'), t('sources.titleHi')]}
        value={draft.title}
        onChange={set('title')}
        problems={problems}
      />
      <label htmlFor={`${id}-kind`}>{t('sources.kindLabel')}</label>
      <select
        id={`${id}-kind`}
        value={draft.kind}
        onChange={(e) => set('kind')(KINDS.find((k) => k === e.target.value) ?? 'other')}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`sources.kind.${k}`)}
          </option>
        ))}
      </select>
      {TEXT_FIELDS.map(({ field, label, ...how }) => (
        <TextInput
          key={field}
          field={field}
          label={t(label)}
          value={draft[field]}
          onChange={set(field)}
          problems={problems}
          {...how}
        />
      ))}
      <label htmlFor={`${id}-file`}>{t('sources.openFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void readSourceFile(file).then(set('text'));
        }}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('sources.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('sources.cancel')}
        </button>
      </div>
    </form>
  );
}
