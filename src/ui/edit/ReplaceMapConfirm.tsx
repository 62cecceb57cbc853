import { exportView } from '../../io/onDemand';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/useT';

/**
 * The question before the user's map is replaced in this browser (going back to the shipped
 * data, or a new map): export it first, go on, or stay. Staying is focused, as the safe answer.
 */
export default function ReplaceMapConfirm({
  id,
  question,
  confirm,
  onConfirm,
  onCancel,
}: {
  id: string;
  question: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useT();
  const store = useAppStore();
  return (
    <div role="alertdialog" aria-labelledby={id} className="confirm">
      <p id={id}>{question}</p>
      <button type="button" onClick={() => void exportView(store, 'json')}>
        {t('origin.backExport')}
      </button>
      <button type="button" className="danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" autoFocus onClick={onCancel}>
        {t('origin.backCancel')}
      </button>
    </div>
  );
}
