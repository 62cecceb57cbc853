import { formatProblem, problemMessage } from '../../src/i18n/problems';
import type { Problem } from '../../src/schema/problems';

/** A problem as the English interface and the command line print it, place included. */
export const say = (p: Problem): string => formatProblem(p, 'en');
/** What a problem says in English, without its place. */
export const message = (p: Problem): string => problemMessage(p, 'en');
