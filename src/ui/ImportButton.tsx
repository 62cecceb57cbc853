import { IMPORT_ACCEPT } from '../formats/types';
import { useRef } from 'react';
import { useT } from '../store/useT';
import { importUserFiles } from '../io/onDemand';
import { useAppStore } from '../store/store';

/** Opens the file picker for the user's own graph (one file, or a nodes and an edges CSV). */
export default function ImportButton() {
  const { t } = useT();
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" title={t('import.title')} onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={IMPORT_ACCEPT}
        data-testid="import-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so choosing the same file again (after fixing it) fires a change.
          e.target.value = '';
          void importUserFiles(store, files);
        }}
      />
    </>
  );
}
