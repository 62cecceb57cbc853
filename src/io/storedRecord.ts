import { IMPORT_FORMATS, type ImportFormat } from '../formats/types';
import { plain, type Plain } from '../graph/plain';
import { isRecord } from '../schema/values';

// The stored record alone, apart from restoring and keeping it (storedGraph.ts): the page
// asks whether anything is kept before its first picture, and fetches the rest only if so.

const DB_NAME = 'stakeholder-graph-explorer';
const STORE = 'graphs';
const KEY = 'current';

/**
 * What is kept of the user's graph between visits: the graph in our format, where it came from,
 * and its history of edits.
 */
export interface StoredGraph {
  /** The file's text; written as a Blob (a big map's text is not copied on the main thread). */
  readonly text: string | Blob;
  readonly name: string;
  readonly format: ImportFormat;
  readonly kind: 'file' | 'copy' | 'new';
  readonly of?: 'bundled' | 'url';
  /** The history as JSON text (a record of an earlier version held it as an object). */
  readonly history?: Plain;
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
export async function readStored(): Promise<(StoredGraph & { readonly text: string }) | null> {
  const value: unknown = await run('readonly', (s) => s.get(KEY));
  if (!isRecord(value)) return null;
  const { name, format, kind, of, history } = value;
  const text = value.text instanceof Blob ? await value.text.text() : value.text;
  const known = IMPORT_FORMATS.find((f) => f === format);
  if (typeof text !== 'string' || typeof name !== 'string' || !known) return null;
  const ownKind = (['copy', 'new'] as const).find((k) => k === kind) ?? 'file';
  const copied = (['bundled', 'url'] as const).find((k) => k === of) ?? 'bundled';
  return {
    text,
    name,
    format: known,
    kind: ownKind,
    ...(ownKind === 'copy' ? { of: copied } : {}),
    ...(history !== undefined ? { history: historyValue(history) } : {}),
  };
}

function historyValue(kept: unknown): Plain {
  if (typeof kept !== 'string') return plain(kept) ?? null;
  try {
    return plain(JSON.parse(kept)) ?? null;
  } catch {
    return null;
  }
}

const put = (record: StoredGraph) =>
  run('readwrite', (s) => s.put(record, KEY)).then(() => undefined);

/** Keeps the record; a browser that will not store a Blob is given the text itself. */
export const writeStored = (record: StoredGraph): Promise<void> =>
  put(record).catch(async (error: unknown) => {
    const { text } = record;
    if (!(text instanceof Blob)) throw error;
    return put({ ...record, text: await text.text() });
  });
export const clearStored = () => run('readwrite', (s) => s.delete(KEY)).then(() => undefined);
