import { useEffect, useState } from 'react';
import { useT } from '../store/useT';
import type { MessageKey } from '../i18n/strings';

/** Copies the address, which always encodes the current view, and says whether it worked. */
export default function ShareButton() {
  const { t } = useT();
  const [status, setStatus] = useState<MessageKey | null>(null);
  // The word fades after a while; the link stays in the address bar.
  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(null), 6000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('share.copied');
    } catch {
      setStatus('share.failed');
    }
  };
  return (
    <span className="share">
      <button type="button" onClick={() => void copy()}>
        {t('share.button')}
      </button>
      <span role="status" className="share-status">
        {status ? t(status) : ''}
      </span>
    </span>
  );
}
