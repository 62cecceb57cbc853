import { useT } from '../store/useT';
import { useApp } from '../store/store';

/** Quiet, dismissible notices, such as parts of a shared link that were ignored. */
export default function Notices() {
  const { t } = useT();
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-label={t('notice.heading')}>
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{t(n.key, n.params)}</span>
          <button type="button" onClick={() => dismiss(n.id)}>
            {t('notice.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
