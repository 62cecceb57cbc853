import { lazy, Suspense, useState } from 'react';
import { useT } from '../../store/useT';

const EmbedDialog = lazy(() => import('./EmbedDialog'));

/** Opens the embed dialog (loaded when first asked for). */
export default function EmbedButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('embed.button')}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
