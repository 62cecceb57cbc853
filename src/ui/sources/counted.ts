import type { MessageKey } from '../../i18n/strings';
import type { Translator } from '../../store/useT';

/** A count with its noun, one or many, in the interface language. */
export function counted(
  tr: Pick<Translator, 't' | 'n'>,
  count: number,
  one: MessageKey,
  many: MessageKey,
): string {
  return count === 1 ? tr.t(one) : tr.t(many, { count: tr.n(count) });
}
