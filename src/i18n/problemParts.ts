import { FORMAT_EXTENSIONS, IMPORT_FORMATS } from '../formats/types';
import { NODE_TYPES } from '../schema/graphFile';
import type { ProblemCode, ProblemParams } from '../schema/problems';
import { formatCount, translate, type FirstKey, type Lang } from './strings';

/** What each problem says in one language: a function of that problem's parameters. */
export type Wording = { readonly [C in ProblemCode]: (p: ProblemParams[C]) => string };

// English wording is built in (problems.ts); another language's arrives with its messages. It
// is kept here, not there, so adding a language does not fetch the English wording with it.
const added: Partial<Record<Lang, Wording>> = {};

/** Makes a fetched language's wording the one its problems are told in. */
export function addWording(lang: Lang, wording: Wording): void {
  added[lang] = wording;
}

/** A fetched language's wording, if it has arrived. */
export function addedWording(lang: Lang): Wording | undefined {
  return added[lang];
}

/**
 * What files the importer reads, from the one list of formats, in a language. In: the language
 * and its messages (passed, since a language's wording is made before its table is added).
 */
export function formatHelp(lang: Lang, messages: Readonly<Record<FirstKey, string>>): string {
  const whole = IMPORT_FORMATS.filter((f) => f !== 'csv');
  const names = whole.map((f) => messages[`format.${f}`]);
  const files = [...new Set(whole.flatMap((f) => FORMAT_EXTENSIONS[f]))].join(', ');
  const last = names.pop();
  return lang === 'hi'
    ? `एक ग्राफ़ फ़ाइल चुनें (${names.join(', ')} या ${last}: ${files}), या एक नोड CSV और एक संबंध CSV`
    : `choose one graph file (${names.join(', ')} or ${last}: ${files}), or a nodes CSV and an edges CSV`;
}

export function found(lang: Lang, what: string): string {
  if (what === 'EOF') return lang === 'en' ? 'the file ends too early' : 'फ़ाइल समय से पहले ख़त्म हो गई';
  if (what === 'EOL') return lang === 'en' ? 'unexpected end of line' : 'अनपेक्षित पंक्ति-अंत';
  return lang === 'en' ? `unexpected ${what}` : `अनपेक्षित ${what}`;
}

export const joined = (...parts: string[]) => parts.filter(Boolean).join('; ');

export function typeName(lang: Lang, type: string): string {
  const known = NODE_TYPES.find((t) => t === type);
  const name = known ? translate(lang, `type.${known}`) : type;
  return lang === 'en' ? name.toLowerCase() : name;
}

export const n = (lang: Lang, count: number) => formatCount(lang, count);

const UNITS: readonly (readonly [number, string])[] = [
  [1024 * 1024, 'MiB'],
  [1024, 'KiB'],
];

/** A byte count as people read it: `20.0 MiB`, `3.5 KiB`, `1 byte`. */
export function bytes(lang: Lang, count: number): string {
  for (const [unit, name] of UNITS)
    if (count >= unit)
      return `${(count / unit).toLocaleString(lang === 'hi' ? 'hi-IN' : 'en-IN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${name}`;
  if (lang === 'hi') return `${n('hi', count)} बाइट`;
  return `${n('en', count)} ${count === 1 ? 'byte' : 'bytes'}`;
}

/** A size over a limit, never written as the limit itself: `20.0 MiB + 1 byte`. */
export function over(lang: Lang, size: number, limit: number): string {
  return size > limit && bytes(lang, size) === bytes(lang, limit)
    ? `${bytes(lang, limit)} + ${bytes(lang, size - limit)}`
    : bytes(lang, size);
}
