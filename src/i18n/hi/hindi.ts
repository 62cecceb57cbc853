import type { LanguagePack } from '../languages';
import { hiMessages } from './messages';
import { hiWording } from './problems';

/** The Hindi interface: its messages and how it tells problems. Fetched when first chosen. */
export const HINDI: LanguagePack = { messages: hiMessages, wording: hiWording };
