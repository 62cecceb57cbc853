import { describe, expect, it } from 'vitest';
import { addEdge, addNode, deleteNode, editNode } from '../../src/graph/edits';
import { moveNodes } from '../../src/graph/moves';
import { emptyGraph } from '../../src/graph/load';
import { bundlesFor } from '../../src/store/derived';
import { bounded, MAX_STEPS, type Step } from '../../src/store/historySlice';
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

  it('makes an edit of the shipped data a working copy of it, named after it', () => {
    const store = make();
    const s = store.getState();
    s.perform(deleteNode(s.graph, 'jica')!);
    expect(store.getState().origin).toEqual({ kind: 'copy', name: 'test', of: 'bundled' });
  });

  it('jumps to any step of the history, back and forward', () => {
    const store = make();
    for (const en of ['A', 'B', 'C'])
      store
        .getState()
        .perform(editNode(store.getState().graph, 'jica', { label: { en, hi: en } })!);
    store.getState().jumpTo(1);
    expect(store.getState().graph.nodeById.get('jica')?.label.en).toBe('A');
    expect(store.getState().future).toHaveLength(2);
    store.getState().jumpTo(3);
    expect(store.getState().graph.nodeById.get('jica')?.label.en).toBe('C');
    store.getState().jumpTo(0);
    expect(store.getState().graph).toEqual(graph);
  });

  it('keeps the newest 500 steps, and fewer when they change too much', () => {
    const step = (changes: number): Step => {
      const command = { name: { code: 'node.edit' as const, params: {} }, changes: Array(changes) };
      return { command, inverse: command };
    };
    const many = Array.from({ length: MAX_STEPS + 20 }, () => step(1));
    expect(bounded(many)).toHaveLength(MAX_STEPS);
    expect(bounded(many).at(-1)).toBe(many.at(-1));
    const heavy = [step(150_000), step(60_000), step(10)];
    expect(bounded(heavy)).toEqual(heavy.slice(1));
    // One step bigger than the bound is still kept: the last edit can always be undone.
    expect(bounded([step(300_000)])).toHaveLength(1);
  });

  it('bakes where nodes are drawn into the data as editing starts, so a move undone returns there', () => {
    const store = make();
    store.getState().placeNodes(new Map([['jica', { x: 11, y: 22 }]]));
    store.getState().setEditing(true);
    expect(store.getState().graph.nodeById.get('jica')?.position).toEqual({ x: 11, y: 22 });
    expect(store.getState().past).toHaveLength(0);
    const s = store.getState();
    s.perform(moveNodes(s.graph, new Map([['jica', { x: 50, y: 60 }]])));
    store.getState().undo();
    expect(store.getState().positions.get('jica')).toEqual({ x: 11, y: 22 });
  });

  it('records a layout the user runs while editing as one step, but not the one a graph opens with', () => {
    const store = make();
    store.getState().setEditing(true);
    store.getState().placeNodes(new Map([['jica', { x: 1, y: 2 }]]));
    expect(store.getState().past).toHaveLength(0);
    store.getState().rerunLayout();
    store.getState().placeNodes(
      new Map([
        ['jica', { x: 3, y: 4 }],
        ['nec', { x: 5, y: 6 }],
      ]),
    );
    expect(store.getState().past.map((p) => p.command.name)).toEqual([
      { code: 'layout.move', params: { count: 2 } },
    ]);
    store.getState().undo();
    expect(store.getState().graph.nodeById.get('jica')?.position).toEqual({ x: 1, y: 2 });
  });

  it('opens a new map empty, in edit mode, and makes it the user’s own', () => {
    const store = make();
    store.getState().selectNode('jica');
    store.getState().newMap(emptyGraph({ en: 'Untitled map', hi: 'बिना शीर्षक का नक्शा' }));
    const s = store.getState();
    expect(s.graph.nodes).toHaveLength(0);
    expect(s.editing).toBe(true);
    expect(s.selection).toBeNull();
    expect(s.origin).toEqual({ kind: 'new', name: 'Untitled map' });
    s.perform(
      addNode(s.graph, { type: 'person', label: { en: 'Aditi', hi: 'अदिति' }, sectors: [] }),
    );
    expect(store.getState().origin.kind).toBe('new');
    expect(store.getState().graph.nodes.map((n) => n.id)).toEqual(['aditi']);
  });

  it('keeps the drawn bundles the same object across an edit that leaves them, so the canvas patches only what changed', () => {
    const store = make();
    const before = bundlesFor(store.getState().graph);
    const s = store.getState();
    s.perform(editNode(s.graph, 'jica', { label: { en: 'JICA', hi: 'जाइका' } })!);
    expect(bundlesFor(store.getState().graph)).toBe(before);
    // A second relationship between the same two nodes is drawn with the first, as a bundle.
    const { id: _, ...twin } = store.getState().graph.edges[0]!;
    store.getState().perform(addEdge(store.getState().graph, twin));
    expect(bundlesFor(store.getState().graph)).not.toBe(before);
    expect(bundlesFor(store.getState().graph).members.size).toBe(1);
  });
});
