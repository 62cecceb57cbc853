import { UNKNOWN } from '../../schema/graphFile';
import { useT } from '../../store/useT';

/** A data date, or the plain statement that the source does not give one. */
export default function DateText({ date }: { date: string }) {
  const { t } = useT();
  return date === UNKNOWN ? <em>{t('date.unknown')}</em> : <time dateTime={date}>{date}</time>;
}
