import { afterEach, describe, expect, it } from 'vitest';
import { toGraphFile } from '../../src/formats/export';
import { deleteNode, editNode } from '../../src/graph/edits';
import { addStep } from '../../src/graph/stories';
import { restoreStoredGraph, startPersistence } from '../../src/io/storedGraph';
import { clearStored, readStored, writeStored } from '../../src/io/storedRecord';
import { freshStore, until } from './storeHelpers';

afterEach(() => clearStored());

describe('the copy of the user’s graph kept in the browser (IndexedDB)', () => {
  it('keeps an edited copy with its history: a reload can undo and redo what was done', async () => {
    const store = freshStore();
    const stop = startPersistence(store);
    const s = store.getState();
    s.setEditing(true);
    // A step put first in the shipped story, with a camera of its own.
    const step = { title: { en: 'Ranchi', hi: 'रांची' }, view: 'node=ranchi&view=1.5,10,20' };
    s.perform(addStep(s.graph, 'delhi-meetings', step, 0)!);
    s.perform(
      editNode(store.getState().graph, 'jetro-india', {
        label: { en: 'JETRO Delhi', hi: 'जेट्रो दिल्ली' },
      })!,
    );
    s.perform(deleteNode(store.getState().graph, 'jica')!);
    store.getState().undo();
    await until(store, (st) => st.kept === 'saved');
    stop();
    expect(store.getState().origin).toEqual({ kind: 'copy', name: 's', of: 'bundled' });

    const again = freshStore();
    expect(await restoreStoredGraph(again)).toBe(true);
    const r = again.getState();
    expect(r.origin).toEqual({ kind: 'copy', name: 's', of: 'bundled' });
    expect(r.graph.nodeById.get('jetro-india')?.label.en).toBe('JETRO Delhi');
    expect(r.graph.nodeById.has('jica')).toBe(true);
    const steps = r.graph.stories.get('delhi-meetings')!.steps;
    expect(steps.map((x) => x.title.en).slice(0, 2)).toEqual([
      'Ranchi',
      "The Chief Minister's direction",
    ]);
    expect(steps[0]!.view).toBe('node=ranchi&view=1.5,10,20');
    expect(r.past.map((step) => step.command.name.code)).toEqual(['story.step.add', 'node.rename']);
    expect(r.future.map((step) => step.command.name.code)).toEqual(['node.delete']);
    r.redo();
    expect(again.getState().graph.nodeById.has('jica')).toBe(false);
    again.getState().undo();
    again.getState().undo();
    expect(again.getState().graph.nodeById.get('jetro-india')?.label.en).toBe('JETRO India');
    again.getState().undo();
    expect(again.getState().graph.stories.get('delhi-meetings')!.steps).toHaveLength(6);
  });

  it('sets out to keep a file opened before it started (the page starts it after its first picture)', async () => {
    const store = freshStore();
    const s = store.getState();
    s.loadGraph(s.graph, { kind: 'file', name: 'mine.graph.json' }, 'stakeholder-graph');
    expect(store.getState().kept).toBeNull();
    const stop = startPersistence(store);
    expect(store.getState().kept).toBe('saving');
    // The first test's tab holds the right to write for as long as the page is open, so this
    // one is told it is kept elsewhere: what counts is that it set out to keep it at once.
    await until(store, (st) => st.kept !== 'saving');
    stop();
  });

  it('restores the map without a history that no longer reads, and says so', async () => {
    const store = freshStore();
    await writeStored({
      text: JSON.stringify(toGraphFile(store.getState().graph)),
      name: 's',
      format: 'stakeholder-graph',
      kind: 'copy',
      of: 'bundled',
      history: { past: [{ name: { code: 'node.fly', params: {} }, changes: [] }], future: [] },
    });
    expect(await restoreStoredGraph(store)).toBe(true);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().notices.map((n) => n.key)).toContain('storage.historyDropped');
  });

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
