import { LANGUAGES, type Lang } from '../i18n/strings';

const LANG_KEY = 'stakeholder-graph.lang';

/** The language the user chose last time, if storage holds a valid one. */
export function readStoredLang(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Lang | null {
  try {
    const value = storage?.getItem(LANG_KEY);
    return LANGUAGES.find((l) => l === value) ?? null;
  } catch {
    return null; // storage can be disabled; the default language then applies
  }
}

/** Remembers the language choice; silently does nothing where storage is unavailable. */
export function storeLang(
  lang: Lang,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Private modes may refuse; the choice still holds for this visit via the URL.
  }
}
