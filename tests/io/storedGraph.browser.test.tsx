import { afterEach, describe, expect, it } from 'vitest';
import { toGraphFile } from '../../src/formats/export';
import { loadBundledGraph } from '../../src/io/bundledData';
import { clearStored, readStored, restoreStoredGraph, writeStored } from '../../src/io/storedGraph';
import { createAppStore } from '../../src/store/store';

afterEach(() => clearStored());

function freshStore() {
  const shipped = loadBundledGraph();
  if (!shipped.ok) throw new Error('shipped data must load');
  return createAppStore({
    graph: shipped.graph,
    origin: { kind: 'bundled', name: 's' },
    lang: 'en',
  });
}

describe('the copy of the user’s graph kept in the browser (IndexedDB)', () => {
  it('brings the graph back through the loader, with its file name and format', async () => {
    const store = freshStore();
    const g = store.getState().graph;
    const shown = {
      nodes: new Set(g.nodes.slice(0, 5).map((n) => n.id)),
      edges: new Set<string>(),
    };
    await writeStored({
      text: JSON.stringify(toGraphFile(g, shown)),
      name: 'mine.gexf',
      format: 'gexf',
      kind: 'file',
    });
    expect(await restoreStoredGraph(store)).toBe(true);
    const s = store.getState();
    expect(s.graph.nodes.map((n) => n.id)).toEqual(g.nodes.slice(0, 5).map((n) => n.id));
    expect(s.origin).toEqual({ kind: 'file', name: 'mine.gexf' });
    expect(s.loadedFormat).toBe('gexf');
    expect(s.notices.at(-1)?.key).toBe('import.restored');
  });

  it('drops a stored copy that no longer loads, and keeps the shipped data', async () => {
    const store = freshStore();
    const before = store.getState().graph;
    await writeStored({
      text: '{"format":"stakeholder-graph"',
      name: 'broken.json',
      format: 'csv',
      kind: 'file',
    });
    expect(await restoreStoredGraph(store)).toBe(false);
    expect(store.getState().graph).toBe(before);
    expect(await readStored()).toBeNull();
  });
});
