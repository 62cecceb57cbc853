import type { AsOf } from '../../graph/dates';
import { formatDate } from '../../i18n/strings';
import type { Translator } from '../../store/useT';

/** An as-of view in words: "As of May 2024", "From 2021 to May 2024", or "All dates". */
export function asOfWords({ t, lang }: Pick<Translator, 't' | 'lang'>, asOf: AsOf | null): string {
  if (!asOf) return t('time.all');
  return asOf.from === asOf.to
    ? t('time.asOf', { date: formatDate(lang, asOf.to) })
    : t('time.between', { from: formatDate(lang, asOf.from), to: formatDate(lang, asOf.to) });
}
