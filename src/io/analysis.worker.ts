import { brokerage } from '../graph/analysis/brokerage';
import { neighbourSets } from '../graph/analysis/compact';
import { readAnalysisJob, type AnalysisReply } from '../graph/analysis/job';
import { computeMetrics } from '../graph/analysis/metrics';
import { ESTIMATE_ABOVE } from '../graph/analysis/metricNames';
import { shortestPaths } from '../graph/analysis/paths';

/**
 * The analysis worker: metrics (sent batch by batch as each is ready), paths and broker roles.
 * The main thread cancels a job by ending the worker.
 */
const post = (reply: AnalysisReply, transfer: Transferable[] = []) =>
  self.postMessage(reply, { transfer });

self.onmessage = (event: MessageEvent<unknown>) => {
  const job = readAnalysisJob(event.data);
  if (!job) return;
  try {
    if (job.kind === 'metrics') {
      const exact = job.exact || job.graph.n <= ESTIMATE_ABOVE;
      computeMetrics(
        job.graph,
        (values, done) => post({ kind: 'metrics', id: job.id, values, done, estimated: !exact }),
        exact,
      );
    } else if (job.kind === 'paths') {
      const paths = shortestPaths(job.graph, job.from, job.to, {
        directed: job.directed,
        avoid: new Set(job.avoid),
        maxHops: 6,
        limit: 5,
      });
      post({ kind: 'paths', id: job.id, paths });
    } else {
      post({ kind: 'roles', id: job.id, counts: brokerage(neighbourSets(job.graph), job.group) });
    }
  } catch (error) {
    post({
      kind: 'failed',
      id: job.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
