import type { ImportResult } from '../formats/importGraph';
import type { SourceFile } from '../formats/types';
import { problem } from '../schema/problems';
import { clipMiddle } from '../schema/text';
import type { AppStore } from '../store/store';
import { fetchGraphFile, type FetchOptions } from './remote';
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
 * Imports are sequenced per store: a new one cancels any still running, so the newest request
 * always wins whatever order the reads finish in, and the cancelled one says so.
 */
const running = new WeakMap<AppStore, { controller: AbortController; source: string }>();

function begin(store: AppStore, source: string): AbortSignal {
  const before = running.get(store);
  if (before) {
    before.controller.abort();
    store
      .getState()
      .addNotices([
        { key: 'notice.importSuperseded', params: { name: clipMiddle(before.source) } },
      ]);
  }
  const controller = new AbortController();
  running.set(store, { controller, source });
  store.getState().startImport(source);
  return controller.signal;
}

/** Ends an import that was not replaced; a replaced one leaves the store to its successor. */
function end(store: AppStore, signal: AbortSignal, apply: () => void): boolean {
  if (signal.aborted) return false;
  running.delete(store);
  apply();
  return true;
}

/**
 * Loads files the user picked or dropped. On success the graph is swapped in (filters and
 * selection reset, a notice says what came in); on failure the problems are reported and
 * nothing else in the store changes. In: the store and the browser's files.
 */
export async function importUserFiles(store: AppStore, files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const source = files.map((f) => f.name).join(' + ');
  const signal = begin(store, source);
  const read = await readUserFiles(files);
  if (!read.ok)
    return void end(store, signal, () => store.getState().failImport(source, read.problems));
  const result = await guardedImport(read.files);
  end(store, signal, () =>
    result.ok
      ? store
          .getState()
          .loadGraph(result.graph, { kind: 'file', name: source }, result.format, result.warnings)
      : store.getState().failImport(source, result.problems),
  );
}

/**
 * Loads a graph from an https: address (the `?data=` link). Same promises as
 * {@link importUserFiles}; the page says where the data came from. Out: whether it loaded.
 */
export async function importFromUrl(
  store: AppStore,
  address: string,
  options: Omit<FetchOptions, 'signal'> = {},
): Promise<boolean> {
  const signal = begin(store, address);
  // The readers arrive while the data downloads, not after it.
  void readers().catch(() => undefined);
  const fetched = await fetchGraphFile(address, { ...options, signal });
  if (!fetched.ok)
    return (
      end(store, signal, () => store.getState().failImport(address, [fetched.problem])) && false
    );
  const result = await guardedImport([fetched.file]);
  return (
    end(store, signal, () =>
      result.ok
        ? store
            .getState()
            .loadGraph(
              result.graph,
              { kind: 'url', name: fetched.url },
              result.format,
              result.warnings,
            )
        : store.getState().failImport(address, result.problems),
    ) && result.ok
  );
}
