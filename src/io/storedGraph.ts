import { toGraphFile } from '../formats/export';
import { IMPORT_FORMATS, type ImportFormat } from '../formats/types';
import { selectPlacedGraph } from '../store/derived';
import type { AppStore } from '../store/store';
import type { DataOrigin } from '../store/graphSlice';
import { isRecord } from '../schema/values';

const DB_NAME = 'stakeholder-graph-explorer';
const STORE = 'graphs';
const KEY = 'current';

/** What is kept of the user's graph between visits: the graph in our format, and its origin. */
interface StoredGraph {
  readonly text: string;
  readonly name: string;
  readonly format: ImportFormat;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = act(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB failed'));
        };
      }),
  );
}

/** Reads the stored record, trusting nothing in it: anything malformed counts as none. */
export async function readStored(): Promise<StoredGraph | null> {
  const value: unknown = await run('readonly', (s) => s.get(KEY));
  if (!isRecord(value)) return null;
  const { text, name, format } = value;
  const known = IMPORT_FORMATS.find((f) => f === format);
  if (typeof text !== 'string' || typeof name !== 'string' || !known) return null;
  return { text, name, format: known };
}

export const writeStored = (record: StoredGraph) =>
  run('readwrite', (s) => s.put(record, KEY)).then(() => undefined);
export const clearStored = () => run('readwrite', (s) => s.delete(KEY)).then(() => undefined);

/**
 * Brings back the graph the user last opened from a file, through the same checks as any file:
 * a stored copy that no longer loads is dropped and the shipped data stays. In: the store.
 * Out: whether a graph was restored.
 */
export async function restoreStoredGraph(store: AppStore): Promise<boolean> {
  let stored: StoredGraph | null;
  try {
    stored = await readStored();
  } catch {
    // Private windows and locked-down browsers have no IndexedDB; the shipped data stays.
    return false;
  }
  if (!stored) return false;
  const { importFiles } = await import('../formats/importGraph');
  const result = importFiles([{ name: 'stored.graph.json', text: stored.text }]);
  if (!result.ok) {
    await clearStored().catch(() => undefined);
    return false;
  }
  const origin: DataOrigin = { kind: 'file', name: stored.name };
  store.getState().restoreGraph(result.graph, origin, stored.format);
  store.getState().setKept('saved');
  return true;
}

/**
 * Keeps the user's own graph in the browser as it changes: a graph from a file is stored, the
 * shipped data or a linked address (which the link itself brings back) clears the copy. Only a
 * graph that loaded is ever stored, so a failed import leaves the stored copy as it was.
 */
export function startPersistence(store: AppStore): () => void {
  return store.subscribe((s, prev) => {
    if (s.graph === prev.graph && s.positions === prev.positions) return;
    const graph = s.graph;
    const placed = selectPlacedGraph(s);
    const own = s.origin.kind === 'file';
    if (own) s.setKept('saving');
    const save = own
      ? writeStored({
          text: JSON.stringify(toGraphFile(placed)),
          name: s.origin.name,
          format: s.loadedFormat ?? 'stakeholder-graph',
        })
      : clearStored();
    // Only the latest graph's outcome is said: an earlier write finishing late says nothing.
    const current = () =>
      store.getState().graph === graph && store.getState().positions === s.positions;
    save.then(
      () => {
        if (current()) s.setKept(own ? 'saved' : null);
      },
      () => {
        if (!current()) return;
        s.setKept('failed');
        s.addNotices([{ key: 'storage.failed' }]);
      },
    );
  });
}
