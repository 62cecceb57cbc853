import { useT } from '../store/useT';

/** "Show n more" under a list shown a page at a time; nothing when all are shown. */
export default function ShowMore({
  shown,
  total,
  page,
  onMore,
}: {
  shown: number;
  total: number;
  page: number;
  onMore: (shown: number) => void;
}) {
  const { t, n } = useT();
  if (total <= shown) return null;
  return (
    <button type="button" onClick={() => onMore(shown + page)}>
      {t('insights.showMore', { count: n(Math.min(page, total - shown)) })}
    </button>
  );
}
