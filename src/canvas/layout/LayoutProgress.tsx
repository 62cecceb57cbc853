import { useT } from '../../store/useT';

/**
 * Says that a layout is being computed and how far it has got, with a way to stop it. The
 * graph stays usable meanwhile; stopping keeps the nodes where they are.
 */
export default function LayoutProgress({
  progress,
  onCancel,
}: {
  progress: number;
  onCancel: () => void;
}) {
  const { t } = useT();
  const percent = Math.round(progress * 100);
  return (
    <div className="layout-progress" role="status">
      <label>
        <span>{t('layout.progress', { percent })}</span>
        <progress max={100} value={percent} />
      </label>
      <button type="button" onClick={onCancel}>
        {t('layout.cancel')}
      </button>
    </div>
  );
}
