import type { AppStore } from '../store/store';
import { downloadBlob, exportFileName } from './download';

/**
 * Saves the table the user is looking at (its visible columns, rows filtered and sorted as
 * shown) as CSV, and says so.
 */
export async function exportTable(
  store: AppStore,
  part: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<void> {
  const { tableCsv } = await import('../formats/exportCsv');
  const s = store.getState();
  const name = exportFileName(s.graph.meta.title.en, `table ${part}`, 'csv');
  // A byte-order mark so that spreadsheets read the Hindi as UTF-8.
  downloadBlob(new Blob(['\ufeff', tableCsv(headers, rows)], { type: 'text/csv' }), name);
  s.addNotices([{ key: 'export.saved', params: { name }, group: 'export' }]);
}
