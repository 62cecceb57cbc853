import { readLayoutJob, type LayoutReply } from '../../graph/layoutJob';
import { seeded } from '../../graph/random';
import { computeLayout } from './layoutCompute';

/**
 * The layout worker: takes one job at a time, says how far it has got, and sends the positions
 * back as a transferred array. The main thread cancels a job by ending the worker.
 */
const post = (reply: LayoutReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

self.onmessage = (event: MessageEvent<unknown>) => {
  const job = readLayoutJob(event.data);
  if (!job) return;
  try {
    const positions = computeLayout(job, seeded(job.seed), (done) =>
      post({ type: 'progress', id: job.id, done }),
    );
    post({ type: 'done', id: job.id, positions }, [positions.buffer]);
  } catch (error) {
    post({
      type: 'failed',
      id: job.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
