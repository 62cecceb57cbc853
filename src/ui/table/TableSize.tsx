import { useT } from '../../store/useT';

/** How much of the stage's height the table takes; `full` hides the graph behind it. */
export const TABLE_SIZES = ['small', 'medium', 'large', 'full'] as const;
export type TableSize = (typeof TABLE_SIZES)[number];

/** Buttons that give the table less or more of the height, or the whole stage. */
export default function TableSizeButtons({
  size,
  onSize,
}: {
  size: TableSize;
  onSize: (size: TableSize) => void;
}) {
  const { t } = useT();
  const at = TABLE_SIZES.indexOf(size);
  return (
    <div role="group" aria-label={t('table.size')} className="table-size">
      <button
        type="button"
        disabled={at <= 0}
        onClick={() => onSize(TABLE_SIZES[Math.max(0, at - 1)] ?? 'small')}
      >
        {t('table.shrink')}
      </button>
      <button
        type="button"
        disabled={at >= TABLE_SIZES.length - 2}
        onClick={() => onSize(TABLE_SIZES[Math.min(TABLE_SIZES.length - 2, at + 1)] ?? 'large')}
      >
        {t('table.grow')}
      </button>
      <button
        type="button"
        aria-pressed={size === 'full'}
        onClick={() => onSize(size === 'full' ? 'medium' : 'full')}
      >
        {t('table.full')}
      </button>
    </div>
  );
}
