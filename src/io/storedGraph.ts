import { graphFileParts, listText } from '../formats/graphText';
import type { AppStore } from '../store/store';
import { isOwn, type DataOrigin } from '../store/graphSlice';
import type { Step } from '../store/historySlice';
import type { AppState } from '../store/types';
import { inverseOf, type Command } from '../graph/commands';
import type { Plain } from '../graph/plain';
import { storedHistorySchema } from '../schema/history';
import { blobInSlices } from './fileBlob';
import { clearStored, readStored, writeStored, type StoredGraph } from './storedRecord';

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
 * store, and the record if it has been read already. Out: whether a graph was restored.
 */
export async function restoreStoredGraph(
  store: AppStore,
  record?: Awaited<ReturnType<typeof readStored>>,
): Promise<boolean> {
  let stored = record;
  try {
    if (stored === undefined) stored = await readStored();
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
  const changed = (s: AppState) => {
    // Said at once, written when the data rests: the header never claims more than is kept.
    if (isOwn(s.origin) && s.kept !== 'saving') s.setKept('saving');
    if (timer !== null) clearTimeout(timer);
    // Leaving one's own map clears the copy at once: a reload right after must not bring it back.
    if (!isOwn(s.origin)) void write();
    else timer = setTimeout(() => void write(), WRITE_AFTER_MS);
  };
  // Started after the first picture: a map of the user's own opened before then is kept now.
  const first = store.getState();
  if (isOwn(first.origin) && first.kept === null) changed(first);
  return store.subscribe((s, prev) => {
    if (
      s.graph === prev.graph &&
      s.positions === prev.positions &&
      s.past === prev.past &&
      s.future === prev.future &&
      s.origin === prev.origin
    )
      return;
    changed(s);
  });
}
