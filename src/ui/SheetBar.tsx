import { SHEETS, type Sheet } from '../store/viewSlice';
import { useT } from '../store/useT';
import { useApp } from '../store/store';

const REGION: Readonly<Record<Sheet, string>> = { explore: 'explore', side: 'side' };

/**
 * On a narrow screen, the buttons that open search and filters, or the side panel, as a sheet
 * under the graph (one at a time). Wide screens show both regions and hide this bar.
 */
export default function SheetBar() {
  const { t } = useT();
  const sheet = useApp((s) => s.sheet);
  const openSheet = useApp((s) => s.openSheet);
  return (
    <nav className="sheet-bar" aria-label={t('sheet.bar')}>
      {SHEETS.map((s) => (
        <button
          key={s}
          type="button"
          className={`sheet-button sheet-button-${s}`}
          aria-expanded={sheet === s}
          aria-controls={REGION[s]}
          onClick={() => openSheet(sheet === s ? null : s)}
        >
          {t(`sheet.${s}`)}
        </button>
      ))}
    </nav>
  );
}

/** The close button at the top of a sheet; hidden where the region is not a sheet. */
export function SheetClose({ sheet }: { sheet: Sheet }) {
  const { t } = useT();
  const openSheet = useApp((s) => s.openSheet);
  return (
    <button
      type="button"
      className="sheet-close"
      aria-label={`${t('sheet.close')}: ${t(`sheet.${sheet}`)}`}
      onClick={() => {
        openSheet(null);
        document.querySelector<HTMLElement>(`.sheet-button-${sheet}`)?.focus();
      }}
    >
      ×
    </button>
  );
}
