import { addWording, type Wording } from './problemParts';
import { addMessages, hasMessages, type Lang, type Messages } from './strings';

/** A language the interface can switch to: its messages and its problems' wording. */
export interface LanguagePack {
  readonly messages: Messages;
  readonly wording: Wording;
}

/** Adds a fetched language, so every message and problem from now on can be told in it. */
export function addLanguage(lang: Lang, pack: LanguagePack): void {
  addMessages(lang, pack.messages);
  addWording(lang, pack.wording);
}

/** Whether the interface can show a language now, without fetching anything. */
export const hasLanguage = (lang: Lang): boolean => hasMessages(lang);
