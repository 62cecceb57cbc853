import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import { useCommandName } from './useCommandName';

/**
 * Every step of the history by name, oldest first, then the ones undone: choosing one goes
 * back (or forward) to just after it; the first entry is the map as it was opened.
 */
export default function HistoryList() {
  const { t } = useT();
  const name = useCommandName();
  const past = useApp((s) => s.past);
  const future = useApp((s) => s.future);
  const jumpTo = useApp((s) => s.jumpTo);
  if (past.length + future.length === 0) return <p className="hint">{t('edit.historyEmpty')}</p>;
  const steps = [...past, ...future];
  return (
    <ol className="history-list">
      <li>
        <button
          type="button"
          className="step"
          aria-current={past.length === 0 ? 'step' : undefined}
          onClick={() => jumpTo(0)}
        >
          {t('edit.historyStart')} {past.length === 0 ? t('edit.historyNow') : ''}
        </button>
      </li>
      {steps.map((step, i) => (
        <li key={i} data-undone={i >= past.length}>
          <button
            type="button"
            className="step"
            aria-current={i === past.length - 1 ? 'step' : undefined}
            onClick={() => jumpTo(i + 1)}
          >
            {name(step.command.name)}{' '}
            {i === past.length - 1
              ? t('edit.historyNow')
              : i >= past.length
                ? t('edit.historyUndone')
                : ''}
          </button>
        </li>
      ))}
    </ol>
  );
}
