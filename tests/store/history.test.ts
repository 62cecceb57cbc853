import { describe, expect, it } from 'vitest';
import { deleteNode, editNode } from '../../src/graph/edits';
import { createAppStore } from '../../src/store/store';
import { shippedGraph } from '../graph/shippedGraph';

const graph = shippedGraph();
const make = () => createAppStore({ graph, origin: { kind: 'bundled', name: 'test' }, lang: 'en' });

describe('the history of edits in the store', () => {
  it('does, undoes and redoes a step, keeping filters and the selection', () => {
    const store = make();
    store.getState().toggleType('topic');
    store.getState().selectNode('jetro-india');
    const s = store.getState();
    const rename = editNode(s.graph, 'jetro-india', {
      label: { en: 'JETRO New Delhi', hi: 'जेट्रो नई दिल्ली' },
    })!;
    expect(s.perform(rename)).toBe(true);
    expect(store.getState().graph.nodeById.get('jetro-india')?.label.en).toBe('JETRO New Delhi');
    expect(store.getState().filters.hiddenTypes.has('topic')).toBe(true);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'jetro-india' });
    expect(store.getState().lastStep?.verb).toBe('done');
    store.getState().undo();
    expect(store.getState().graph.nodeById.get('jetro-india')?.label.en).toBe('JETRO India');
    expect(store.getState().future).toHaveLength(1);
    store.getState().redo();
    expect(store.getState().graph.nodeById.get('jetro-india')?.label.en).toBe('JETRO New Delhi');
    expect(store.getState().lastStep?.verb).toBe('redone');
  });

  it('drops a selection whose node was deleted, and brings both back on undo', () => {
    const store = make();
    store.getState().selectNode('jica');
    store.getState().perform(deleteNode(store.getState().graph, 'jica')!);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().graph.nodeById.has('jica')).toBe(false);
    store.getState().undo();
    expect(store.getState().graph.nodeById.has('jica')).toBe(true);
    expect(store.getState().graph.edges).toHaveLength(graph.edges.length);
  });

  it('refuses a change that would break the graph, saying why and changing nothing', () => {
    const store = make();
    const before = store.getState().graph;
    const empty = editNode(before, 'jica', { label: { en: '', hi: '' } })!;
    expect(store.getState().perform(empty)).toBe(false);
    expect(store.getState().graph).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().refused.map((p) => p.code)).toContain('schema.empty');
  });

  it('starts afresh with a newly loaded graph', () => {
    const store = make();
    store.getState().perform(deleteNode(store.getState().graph, 'jica')!);
    store.getState().loadGraph(graph, { kind: 'file', name: 'again.json' }, 'stakeholder-graph');
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().future).toHaveLength(0);
  });
});
