import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../../src/canvas/layout/layoutRunner';
import { applyFilters, NO_FILTERS } from '../../../src/graph/filters';
import { layoutJob, positionsFrom } from '../../../src/graph/layoutJob';
import { loadGraphValue } from '../../../src/graph/load';
import { degrees } from '../../../src/graph/metrics';
import { generateGraph } from '../../bench/generate';

const loaded = loadGraphValue(generateGraph({ nodes: 1500, edges: 3000, positions: false }));
if (!loaded.ok) throw new Error('generated graph must load');
const graph = loaded.graph;
const job = (id: number) =>
  layoutJob(
    id,
    'fcose',
    graph,
    applyFilters(graph, NO_FILTERS),
    () => ({ x: 0, y: 0 }),
    degrees(graph),
    true,
    1,
  );

describe('the layout worker', () => {
  it('sends back every position, saying how far it has got on the way', async () => {
    const progress: number[] = [];
    const j = job(1);
    const ids = j.ids;
    const xy = await runInWorker(j, (d) => progress.push(d)).result;
    expect(xy).not.toBeNull();
    expect(positionsFrom(ids, xy!).size).toBe(1500);
    expect(progress.at(-1)).toBe(1);
  }, 30_000);

  it('gives nothing for a cancelled job, and only the newest job moves nodes', async () => {
    const cancelled = runInWorker(job(2), () => undefined);
    cancelled.cancel();
    expect(await cancelled.result).toBeNull();
    const replaced = runInWorker(job(3), () => undefined);
    const newest = runInWorker(job(4), () => undefined);
    expect(await replaced.result).toBeNull();
    expect((await newest.result)?.length).toBe(3000);
  }, 30_000);
});
