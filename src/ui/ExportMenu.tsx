import { useRef } from 'react';
import { EXPORT_ACTIONS } from '../actions/registry';
import { useT } from '../store/useT';
import ActionButton from './ActionButton';

/** A disclosure with one button per export; closes after a choice and returns focus. */
export default function ExportMenu() {
  const { t } = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (!details.current) return;
    details.current.open = false;
    details.current.querySelector('summary')?.focus();
  };
  return (
    <details
      className="export-menu"
      ref={details}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <summary>{t('export.button')}</summary>
      <div className="export-items" role="group" aria-label={t('export.heading')} onClick={close}>
        {EXPORT_ACTIONS.map((a) => (
          <ActionButton key={a.id} action={a} />
        ))}
      </div>
    </details>
  );
}
