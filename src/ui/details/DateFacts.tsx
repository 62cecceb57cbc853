import { useT } from '../../store/useT';
import DateText from './DateText';

/** When a node or relationship happened or was reported, began and ended, as facts of a list. */
export default function DateFacts({
  item,
}: {
  item: { readonly date?: string; readonly start?: string; readonly end?: string };
}) {
  const { t } = useT();
  const facts = [
    ['details.date', item.date],
    ['details.start', item.start],
    ['details.end', item.end],
  ] as const;
  return (
    <>
      {facts.map(([key, date]) =>
        date ? (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>
              <DateText date={date} />
            </dd>
          </div>
        ) : null,
      )}
    </>
  );
}
