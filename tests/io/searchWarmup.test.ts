import { afterEach, describe, expect, it, vi } from 'vitest';
import { editNode } from '../../src/graph/edits';
import { loadGraphValue } from '../../src/graph/load';
import { startSearchWarmup } from '../../src/io/searchWarmup';
import { createAppStore } from '../../src/store/store';
import { generateGraph } from '../bench/generate';

const prepared: { nodes: number; from: number; to: number }[] = [];
vi.mock('../../src/graph/search', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/graph/search')>();
  return {
    ...real,
    prepareSearch: (...args: Parameters<typeof real.prepareSearch>) => {
      const to = real.prepareSearch(...args);
      prepared.push({ nodes: args[0].length, from: args[1], to });
      return to;
    },
  };
});

afterEach(() => {
  vi.useRealTimers();
  prepared.length = 0;
});

function storeOf(nodes: number) {
  const loaded = loadGraphValue(generateGraph({ nodes, edges: nodes, positions: false }));
  if (!loaded.ok) throw new Error('generated graph must load');
  return createAppStore({ graph: loaded.graph, origin: { kind: 'file', name: 'g' }, lang: 'en' });
}

describe('the search index made while the page is idle', () => {
  it('waits for the data to rest, then indexes every node in slices', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const store = storeOf(3000);
    const stop = startSearchWarmup(store);
    vi.advanceTimersByTime(999);
    expect(prepared).toEqual([]);
    vi.advanceTimersByTime(1);
    // Each slice goes on where the last stopped, until the last node.
    for (let i = 0; i < 100 && prepared.at(-1)?.to !== 3000; i++) {
      vi.advanceTimersByTime(9);
    }
    expect(prepared.at(-1)?.to).toBe(3000);
    prepared.forEach((p, i) => expect(p.from).toBe(i === 0 ? 0 : prepared[i - 1]!.to));
    stop();
  });

  it('starts again on the edited graph, and drops the graph it was working on', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const store = storeOf(3000);
    const stop = startSearchWarmup(store);
    vi.advanceTimersByTime(500);
    const s = store.getState();
    s.setEditing(true);
    s.perform(editNode(s.graph, 'n1', { label: { en: 'Renamed', hi: 'नया नाम' } })!);
    vi.advanceTimersByTime(999);
    expect(prepared).toEqual([]);
    vi.runAllTimers();
    expect(prepared[0]?.from).toBe(0);
    expect(prepared.at(-1)?.to).toBe(3000);
    stop();
  });

  it('does nothing once stopped', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const stop = startSearchWarmup(storeOf(100));
    stop();
    vi.runAllTimers();
    expect(prepared).toEqual([]);
  });
});
