import { graphFileParts, listText } from '../formats/graphText';
import { IMPORT_FORMATS, type ImportFormat } from '../formats/types';
import type { AppStore } from '../store/store';
import { isOwn, type DataOrigin } from '../store/graphSlice';
import type { Step } from '../store/historySlice';
import { inverseOf, type Command } from '../graph/commands';
import { plain, type Plain } from '../graph/plain';
import { storedHistorySchema } from '../schema/history';
import { isRecord } from '../schema/values';
import { blobInSlices } from './fileBlob';

const DB_NAME = 'stakeholder-graph-explorer';
const STORE = 'graphs';
const KEY = 'current';

/**
 * What is kept of the user's graph between visits: the graph in our format, where it came from,
 * and its history of edits.
 */
interface StoredGraph {
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

const originOf = (stored: StoredGraph): DataOrigin =>
  stored.kind === 'copy'
    ? { kind: 'copy', name: stored.name, of: stored.of ?? 'bundled' }
    : { kind: stored.kind, name: stored.name };

/**
 * The history kept with a graph, read back through the record schemas; steps whose records
 * no longer read are all dropped rather than half kept (undo walks them in order).
 */
function historyOf(value: Plain | undefined): { past: Step[]; future: Step[] } | null {
  if (value === undefined) return null;
  const r = storedHistorySchema.safeParse(value);
  if (!r.success) return null;
  const step = (command: Command): Step => ({ command, inverse: inverseOf(command) });
  return { past: r.data.past.map(step), future: r.data.future.map(step) };
}

/**
 * Brings back the graph the user last kept, through the same checks as any file, with its
 * history: a stored copy that no longer loads is dropped and the shipped data stays. In: the
 * store. Out: whether a graph was restored.
 */
export async function restoreStoredGraph(store: AppStore): Promise<boolean> {
  let stored: Awaited<ReturnType<typeof readStored>>;
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
  const history = historyOf(stored.history);
  store
    .getState()
    .restoreGraph(result.graph, originOf(stored), stored.format, history ?? undefined);
  if (stored.history !== undefined && !history)
    store.getState().addNotices([{ key: 'storage.historyDropped' }]);
  store.getState().setKept('saved');
  return true;
}

/** How long the data rests before it is written: a drag or a burst of typing is one write. */
const WRITE_AFTER_MS = 250;
const LOCK = 'stakeholder-graph-explorer-stored';

/**
 * The right to write the stored graph, held by one tab at a time for as long as it is open, so
 * a second tab editing the same stored map is told so instead of overwriting the first tab's
 * work. Browsers without Web Locks write as before.
 */
function writer(): () => Promise<boolean> {
  let held: Promise<boolean> | null = null;
  return () => {
    if (typeof navigator === 'undefined' || !('locks' in navigator)) return Promise.resolve(true);
    held ??= new Promise<boolean>((resolve) => {
      void navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Not held: asked again at the next write, in case the other tab has closed.
        if (lock === null) {
          held = null;
          return undefined;
        }
        return new Promise<void>(() => undefined);
      });
    });
    return held;
  };
}

/**
 * Keeps the user's own graph in the browser as it changes, with its history: a graph from a
 * file, a working copy of the shipped data or of a link, or a new map. The shipped data or a
 * linked address (which the link itself brings back) clears the copy. Only a graph that
 * loaded is ever stored, so a failed import leaves the stored copy as it was.
 */
export function startPersistence(store: AppStore): () => void {
  const mayWrite = writer();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let toldElsewhere = false;
  // Each write's number: one overtaken by a later write while it was being made stops there.
  let writes = 0;
  const write = async () => {
    timer = null;
    const mine = ++writes;
    const s = store.getState();
    const own = isOwn(s.origin);
    const at = { graph: s.graph, positions: s.positions, past: s.past, future: s.future };
    const current = () => {
      const now = store.getState();
      return (
        now.graph === at.graph &&
        now.positions === at.positions &&
        now.past === at.past &&
        now.future === at.future
      );
    };
    if (!(await mayWrite())) {
      if (!own) return;
      s.setKept('elsewhere');
      if (!toldElsewhere) s.addNotices([{ key: 'storage.otherTab' }]);
      toldElsewhere = true;
      return;
    }
    toldElsewhere = false;
    const text = own
      ? await blobInSlices(graphFileParts(s.graph, s.positions), () => mine !== writes)
      : null;
    if (mine !== writes) return;
    const save = text
      ? writeStored({
          text,
          name: s.origin.name,
          format: s.loadedFormat ?? 'stakeholder-graph',
          kind: s.origin.kind === 'copy' || s.origin.kind === 'new' ? s.origin.kind : 'file',
          ...(s.origin.kind === 'copy' ? { of: s.origin.of } : {}),
          // Text, each step's kept from the last write: the browser then copies one string
          // instead of walking every record of every step.
          history: `{"past":${listText(s.past.map((step) => step.command))},"future":${listText(
            s.future.map((step) => step.command),
          )}}`,
        })
      : clearStored();
    // Only the latest graph's outcome is said: an earlier write finishing late says nothing.
    await save.then(
      () => {
        if (current()) s.setKept(own ? 'saved' : null);
      },
      () => {
        if (!current()) return;
        s.setKept('failed');
        s.addNotices([{ key: 'storage.failed' }]);
      },
    );
  };
  return store.subscribe((s, prev) => {
    if (
      s.graph === prev.graph &&
      s.positions === prev.positions &&
      s.past === prev.past &&
      s.future === prev.future &&
      s.origin === prev.origin
    )
      return;
    // Said at once, written when the data rests: the header never claims more than is kept.
    if (isOwn(s.origin) && s.kept !== 'saving') s.setKept('saving');
    if (timer !== null) clearTimeout(timer);
    // Leaving one's own map clears the copy at once: a reload right after must not bring it back.
    if (!isOwn(s.origin)) void write();
    else timer = setTimeout(() => void write(), WRITE_AFTER_MS);
  });
}
