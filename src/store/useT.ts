import { useMemo } from 'react';
import { UNKNOWN, type Localized } from '../schema/graphFile';
import { useApp } from './store';
import {
  formatCount,
  localizedText,
  translate,
  type Lang,
  type MessageKey,
  type MessageParams,
} from '../i18n/strings';

export interface Translator {
  readonly lang: Lang;
  /** Interface text for a key. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** Data text in the current language. */
  loc: (text: Localized) => string;
  /** A count written for the current language. */
  n: (count: number) => string;
  /** A source's outlet or date as said, or "not stated" where the file does not know it. */
  stated: (value: string | null | undefined) => string;
}

/** The current language's translator; changes identity only when the language changes. */
export function useT(): Translator {
  const lang = useApp((s) => s.lang);
  return useMemo(
    () => ({
      lang,
      t: (key, params) => translate(lang, key, params),
      loc: (text) => localizedText(text, lang),
      n: (count) => formatCount(lang, count),
      stated: (value) =>
        value === null || value === undefined || value === UNKNOWN
          ? translate(lang, 'evidence.unknown')
          : value,
    }),
    [lang],
  );
}
