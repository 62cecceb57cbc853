import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledGraph } from '../../src/io/bundledData';

afterEach(() => vi.unstubAllGlobals());

describe('the shipped data set', () => {
  it('says why it could not be fetched, then is fetched when next asked for and loads whole', async () => {
    // The first ask of this page: nothing is kept yet.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
    const refused = await loadBundledGraph();
    expect(!refused.ok && refused.problems.map((p) => [p.code, p.params])).toEqual([
      ['remote.status', { status: '404' }],
    ]);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failed = await loadBundledGraph();
    expect(!failed.ok && failed.problems.map((p) => p.code)).toEqual(['remote.unreachable']);
    vi.unstubAllGlobals();
    const loaded = await loadBundledGraph();
    expect(loaded.ok && [loaded.graph.nodes.length, loaded.graph.edges.length]).toEqual([41, 59]);
    // Fetched once: asked again, the same answer.
    expect(await loadBundledGraph()).toBe(loaded);
  });
});
