import type { ImportResult } from '../formats/importGraph';
import type { SourceFile } from '../formats/types';
import { problem } from '../schema/problems';
import type { AppStore } from '../store/store';
import { fetchGraphFile } from './remote';
import { readUserFiles } from './readFiles';

/**
 * The importer is total by design and tested so; this boundary still turns a fault into a
 * report, because an exception here would leave "Loading…" on screen and the user stranded.
 */
// The readers (CSV, XML and their parsers) load when first needed, not with the page.
const readers = () => import('../formats/importGraph');

async function guardedImport(files: readonly SourceFile[]): Promise<ImportResult> {
  try {
    const { importFiles } = await readers();
    return importFiles(files);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('input.internal', { detail })] };
  }
}

/**
 * Loads files the user picked or dropped. On success the graph is swapped in (filters and
 * selection reset, a notice says what came in); on failure the problems are reported and
 * nothing else in the store changes. In: the store and the browser's files.
 */
export async function importUserFiles(store: AppStore, files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const source = files.map((f) => f.name).join(' + ');
  store.getState().startImport(source);
  const read = await readUserFiles(files);
  if (!read.ok) return store.getState().failImport(source, read.problems);
  const result = await guardedImport(read.files);
  if (!result.ok) return store.getState().failImport(source, result.problems);
  store
    .getState()
    .loadGraph(result.graph, { kind: 'file', name: source }, result.format, result.warnings);
}

/**
 * Loads a graph from an https: address (the `?data=` link). Same promises as
 * {@link importUserFiles}; the page says where the data came from.
 */
export async function importFromUrl(
  store: AppStore,
  address: string,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  store.getState().startImport(address);
  // The readers arrive while the data downloads, not after it.
  void readers().catch(() => undefined);
  const fetched = await fetchGraphFile(address, fetchImpl);
  if (!fetched.ok) {
    store.getState().failImport(address, [fetched.problem]);
    return false;
  }
  const result = await guardedImport([fetched.file]);
  if (!result.ok) {
    store.getState().failImport(address, result.problems);
    return false;
  }
  store
    .getState()
    .loadGraph(result.graph, { kind: 'url', name: fetched.url }, result.format, result.warnings);
  return true;
}
