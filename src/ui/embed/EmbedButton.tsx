import { lazy, Suspense, useState } from 'react';
import { useT } from '../../store/useT';
import { withFeatureText } from '../../i18n/featureText';

const EmbedDialog = lazy(() => withFeatureText(import('./EmbedDialog')));

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
