import { useId } from 'react';
import { problemMessage } from '../../i18n/problems';
import type { Problem } from '../../schema/problems';
import { useT } from '../../store/useT';

/** Text in both languages as a form holds it: Hindi empty where the user gave none. */
export interface TextPair {
  readonly en: string;
  readonly hi: string;
}

/** The data's text as a form starts from it: Hindi filled in from English shows as empty. */
export const pairOf = (text?: { en: string; hi: string; hiMissing?: true }): TextPair => ({
  en: text?.en ?? '',
  hi: text && !text.hiMissing ? text.hi : '',
});

/** A pair as data: none when both are empty, Hindi left out when it is. */
export function localized(pair: TextPair) {
  const en = pair.en.trim();
  const hi = pair.hi.trim();
  if (en === '' && hi === '') return undefined;
  // English is required by the format; Hindi alone stands in for it rather than being lost.
  if (en === '') return { en: hi, hi };
  return hi === '' ? { en, hi: en, hiMissing: true as const } : { en, hi };
}

/** The problems said of one field (its path's end, as the checks locate them). */
export function problemsAt(problems: readonly Problem[], field: string): readonly Problem[] {
  return problems.filter((p) => {
    const path = p.path ?? '';
    return path.endsWith(`.${field}`) || path.includes(`.${field}.`) || path.includes(`.${field}[`);
  });
}

/** A field's problems, said under it and announced. */
export function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const { lang } = useT();
  if (problems.length === 0) return null;
  return (
    <p id={id} role="alert" className="field-problem">
      {[...new Set(problems.map((p) => problemMessage(p, lang)))].join(' ')}
    </p>
  );
}

/** Two inputs, English and Hindi, each labelled; problems at `field` said beneath them. */
export function PairInput({
  field,
  labels,
  value,
  onChange,
  problems = [],
  multiline = false,
  inputId,
}: {
  field: string;
  labels: readonly [string, string];
  value: TextPair;
  onChange: (v: TextPair) => void;
  problems?: readonly Problem[];
  multiline?: boolean;
  inputId?: string;
}) {
  const id = useId();
  const mine = problemsAt(problems, field);
  const Input = multiline ? 'textarea' : 'input';
  const described = mine.length ? `${id}-problem` : undefined;
  return (
    <div className="field-pair">
      <label htmlFor={inputId ?? `${id}-en`}>{labels[0]}</label>
      <Input
        id={inputId ?? `${id}-en`}
        lang="en"
        value={value.en}
        aria-invalid={mine.length > 0}
        aria-describedby={described}
        onChange={(e) => onChange({ ...value, en: e.target.value })}
      />
      <label htmlFor={`${id}-hi`}>{labels[1]}</label>
      <Input
        id={`${id}-hi`}
        lang="hi"
        value={value.hi}
        onChange={(e) => onChange({ ...value, hi: e.target.value })}
      />
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}

/** One labelled input or text area, its problems beneath. */
export function TextInput({
  field,
  label,
  value,
  onChange,
  problems = [],
  multiline = false,
  type = 'text',
}: {
  field: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  problems?: readonly Problem[];
  multiline?: boolean;
  type?: 'text' | 'number' | 'url';
}) {
  const id = useId();
  const mine = problemsAt(problems, field);
  const props = {
    id,
    value,
    'aria-invalid': mine.length > 0,
    'aria-describedby': mine.length ? `${id}-problem` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...props} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldProblems id={`${id}-problem`} problems={mine} />
    </div>
  );
}
