import { useState } from 'react';
import { useT } from '../store/useT';
import { useApp } from '../store/store';

/**
 * Quiet, dismissible notices, such as parts of a shared link that were ignored. Folded, they
 * take one line: the newest notice, cut to the width, and a button for the rest; opened, every
 * notice in full. So however many pile up, the graph keeps its room.
 */
export default function Notices() {
  const { t, n } = useT();
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismissNotice);
  const dismissAll = useApp((s) => s.dismissAllNotices);
  const [open, setOpen] = useState(false);
  const shown = open ? notices : notices.slice(-1);
  const earlier = notices.length - 1;
  return (
    <div
      className="notices"
      role="status"
      aria-label={t('notice.heading')}
      data-open={open || notices.length <= 1 ? 'true' : 'false'}
    >
      {shown.map((notice) => {
        const text = t(notice.key, notice.params);
        return (
          <p key={notice.id} className="notice" data-notice={notice.key}>
            <span className="notice-text" title={open ? undefined : text}>
              {text}
            </span>
            {notice === shown[shown.length - 1] && earlier > 0 ? (
              <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
                {open ? t('notice.fold') : t('notice.earlier', { count: n(earlier) })}
              </button>
            ) : null}
            <button type="button" onClick={() => dismiss(notice.id)}>
              {t('notice.dismiss')}
            </button>
          </p>
        );
      })}
      {open && earlier > 0 ? (
        <p className="notice-actions">
          <button type="button" onClick={dismissAll}>
            {t('notice.dismissAll')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
