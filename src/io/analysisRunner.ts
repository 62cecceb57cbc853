import { readAnalysisReply, type AnalysisJob, type AnalysisReply } from '../graph/analysis/job';

type Kind = AnalysisJob['kind'];

/** One worker per kind of job, so a quick path search never waits behind slow metrics. */
const workers = new Map<Kind, { worker: Worker; id: number }>();
let ids = 0;

function stop(kind: Kind): void {
  workers.get(kind)?.worker.terminate();
  workers.delete(kind);
}

/**
 * Runs a job in the analysis worker, cancelling the one of the same kind still running: only
 * the newest question is answered. Replies are checked before `onReply` sees them, and stale
 * ones dropped. Out: a function that cancels the job.
 */
export function runAnalysis(job: AnalysisJob, onReply: (reply: AnalysisReply) => void): () => void {
  stop(job.kind);
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  const id = ++ids;
  workers.set(job.kind, { worker, id });
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const reply = readAnalysisReply(event.data);
    if (!reply || reply.id !== id || workers.get(job.kind)?.id !== id) return;
    if (reply.kind !== 'metrics' || reply.done >= 1) stop(job.kind);
    onReply(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (workers.get(job.kind)?.id !== id) return;
    stop(job.kind);
    onReply({ kind: 'failed', id, message: event.message });
  };
  worker.postMessage({ ...job, id });
  return () => {
    if (workers.get(job.kind)?.id === id) stop(job.kind);
  };
}
