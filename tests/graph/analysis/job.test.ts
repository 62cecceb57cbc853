import { describe, expect, it } from 'vitest';
import { compactOf } from '../../../src/graph/analysis/compact';
import { readAnalysisJob, readAnalysisReply } from '../../../src/graph/analysis/job';
import { graphOf } from './fixtures';

const graph = compactOf(graphOf('source,target\na,b\nb,c\n'));

describe('analysis worker messages', () => {
  it('takes well-formed jobs', () => {
    expect(readAnalysisJob({ kind: 'metrics', id: 1, graph })).toEqual({
      kind: 'metrics',
      id: 1,
      graph,
      exact: false,
    });
    expect(readAnalysisJob({ kind: 'metrics', id: 1, graph, exact: true })).toMatchObject({
      exact: true,
    });
    const paths = { kind: 'paths', id: 2, graph, from: 0, to: 2, directed: false, avoid: [3] };
    expect(readAnalysisJob(paths)).toEqual(paths);
    const roles = { kind: 'roles', id: 3, graph, group: new Int32Array(3) };
    expect(readAnalysisJob(roles)).toEqual(roles);
  });

  it('refuses garbled jobs: ends outside the graph, edges to nowhere, wrong arrays', () => {
    expect(
      readAnalysisJob({ kind: 'paths', id: 1, graph, from: 0, to: 3, directed: false, avoid: [] }),
    ).toBeNull();
    expect(
      readAnalysisJob({
        kind: 'metrics',
        id: 1,
        graph: { ...graph, target: Int32Array.from([1, 9]) },
      }),
    ).toBeNull();
    expect(readAnalysisJob({ kind: 'roles', id: 1, graph, group: [0, 0, 0] })).toBeNull();
    expect(readAnalysisJob({ kind: 'layout', id: 1, graph })).toBeNull();
    expect(readAnalysisJob(null)).toBeNull();
  });

  it('refuses garbled replies: a metric that is not numbers, a path whose hops do not add up', () => {
    expect(
      readAnalysisReply({ kind: 'metrics', id: 1, done: 1, values: { degree: [1, 2] } }),
    ).toBeNull();
    expect(
      readAnalysisReply({ kind: 'paths', id: 1, paths: [{ nodes: [0, 1], edges: [0, 1] }] }),
    ).toBeNull();
    const ok = { kind: 'paths', id: 1, paths: [{ nodes: [0, 1, 2], edges: [0, 1] }] };
    expect(readAnalysisReply(ok)).toEqual(ok);
    expect(readAnalysisReply({ kind: 'failed', id: 1, message: 'x' })).toEqual({
      kind: 'failed',
      id: 1,
      message: 'x',
    });
  });
});
