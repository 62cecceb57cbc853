import { addLanguage, hasLanguage } from '../i18n/languages';
import { LANGUAGES, type Lang } from '../i18n/strings';
import type { AppStore } from '../store/store';
import { readStoredLang } from './preferences';

// One fetch at a time per language; a failed one is forgotten, so the next switch tries again.
const pending = new Map<Lang, Promise<void>>();

/**
 * Fetches a language's messages once, so the interface can be shown in it. English is built
 * in; Hindi (about 14 KiB) is fetched only by those who choose it. Rejects when it cannot be
 * fetched.
 */
export function loadLanguage(lang: Lang): Promise<void> {
  if (hasLanguage(lang)) return Promise.resolve();
  const known = pending.get(lang);
  if (known) return known;
  const loading = import('../i18n/hi/hindi').then(
    ({ HINDI }) => {
      addLanguage(lang, HINDI);
      pending.delete(lang);
    },
    (error: unknown) => {
      pending.delete(lang);
      throw error;
    },
  );
  pending.set(lang, loading);
  return loading;
}

// The latest switch asked of each store: a slower, earlier one never overrides it.
const latest = new WeakMap<AppStore, number>();

/**
 * Shows the interface in a language: at once where its messages are here, else once they are
 * fetched, and until then it stays as it is. Where they cannot be fetched, a notice says so
 * and nothing changes.
 */
export function switchLanguage(store: AppStore, lang: Lang): Promise<void> {
  const turn = (latest.get(store) ?? 0) + 1;
  latest.set(store, turn);
  if (hasLanguage(lang)) {
    store.getState().setLanguage(lang);
    return Promise.resolve();
  }
  return loadLanguage(lang).then(
    () => {
      if (latest.get(store) === turn) store.getState().setLanguage(lang);
    },
    () => {
      if (latest.get(store) === turn)
        store.getState().addNotices([{ key: 'lang.unavailable', group: 'language' }]);
    },
  );
}

/** The language a page asks for before anything is loaded: its link's, else the stored one. */
export function wantedLanguage(search: string): Lang | null {
  const asked = new URLSearchParams(search).get('lang');
  return LANGUAGES.find((l) => l === asked) ?? readStoredLang();
}
