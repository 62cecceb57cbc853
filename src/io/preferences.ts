import { LANGUAGES, type Lang } from '../i18n/strings';

const LANG_KEY = 'stakeholder-graph.lang';

/**
 * The page's storage, or none. Reading `localStorage` itself throws where the browser refuses
 * storage (an embed in another site's page, with third-party storage blocked; private modes).
 */
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The language the user chose last time, if storage holds a valid one. */
export function readStoredLang(
  storage: Pick<Storage, 'getItem'> | undefined = browserStorage(),
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
  storage: Pick<Storage, 'setItem'> | undefined = browserStorage(),
): void {
  try {
    storage?.setItem(LANG_KEY, lang);
  } catch {
    // Private modes may refuse; the choice still holds for this visit via the URL.
  }
}
