import { readLayoutReply, type LayoutJob } from '../../graph/layoutJob';

/** A layout computing in the worker. */
export interface RunningLayout {
  /** The x, y pairs in the job's order; null if cancelled or replaced. Rejects if it failed. */
  readonly result: Promise<Float64Array | null>;
  /** Stops the computation at once; `result` then gives null. */
  cancel(this: void): void;
}

let worker: Worker | null = null;
let busy: { id: number; settle: (xy: Float64Array | null) => void } | null = null;

function makeWorker(): Worker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
}

/** Ends the worker and whatever it was computing; the next job starts a fresh one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  const was = busy;
  busy = null;
  was?.settle(null);
}

/**
 * Sends a job to the layout worker. A job still running is cancelled first: only the newest
 * layout may move nodes. In: the job and a progress callback (0..1). The job's typed arrays
 * are transferred, so the caller must not use them afterwards.
 */
export function runInWorker(job: LayoutJob, onProgress: (done: number) => void): RunningLayout {
  if (busy) stopWorker();
  const w = (worker ??= makeWorker());
  const result = new Promise<Float64Array | null>((resolve, reject) => {
    busy = { id: job.id, settle: resolve };
    w.onmessage = (event: MessageEvent<unknown>) => {
      const reply = readLayoutReply(event.data);
      if (!reply || reply.id !== busy?.id) return;
      if (reply.type === 'progress') onProgress(reply.done);
      else {
        busy = null;
        if (reply.type === 'done') resolve(reply.positions);
        else reject(new Error(reply.message));
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      busy = null;
      stopWorker();
      reject(new Error(event.message));
    };
  });
  w.postMessage(job, [job.degrees.buffer, job.edges.buffer, job.positions.buffer]);
  return {
    result,
    cancel: () => {
      if (busy?.id === job.id) stopWorker();
    },
  };
}
