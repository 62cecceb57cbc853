import { describe, expect, it } from 'vitest';
import { NO_SECTOR } from '../../src/graph/filters';
import { selectHighlight, selectShown } from '../../src/store/derived';
import { translate } from '../../src/i18n/strings';
import { problem } from '../../src/schema/problems';
import { createAppStore } from '../../src/store/store';
import { shippedGraph, undrawnShippedGraph } from '../graph/shippedGraph';

const graph = shippedGraph();
const make = () => createAppStore({ graph, origin: { kind: 'bundled', name: 'test' }, lang: 'en' });

describe('the app store', () => {
  it('toggles a sector and shows all or none', () => {
    const store = make();
    store.getState().toggleSector('health');
    expect(store.getState().filters.hiddenSectors).toEqual(new Set(['health']));
    store.getState().setAllSectors(false);
    expect(store.getState().filters.hiddenSectors.size).toBe(graph.sectors.size + 1);
    expect(store.getState().filters.hiddenSectors.has(NO_SECTOR)).toBe(true);
    expect(selectShown(store.getState()).nodes.size).toBe(0);
    store.getState().setAllSectors(true);
    expect(selectShown(store.getState()).nodes.size).toBe(41);
  });

  it('keeps the stories panel in front of someone building a story, and only them', () => {
    const store = make();
    store.getState().openStoryPanel('delhi-meetings');
    store.getState().selectNode('jica');
    expect(store.getState().panel).toBe('details');
    store.getState().setEditing(true);
    store.getState().openStoryPanel('delhi-meetings');
    store.getState().selectNode('jetro');
    store.getState().selectEdge('e-jica-appreciated-gov-jharkhand');
    expect(store.getState().panel).toBe('stories');
    expect(store.getState().selection).toEqual({
      kind: 'edge',
      id: 'e-jica-appreciated-gov-jharkhand',
    });
    store.getState().openStoryPanel(null);
    store.getState().selectNode('jica');
    expect(store.getState().panel).toBe('details');
  });

  it('ignores selections of unknown ids', () => {
    const store = make();
    store.getState().selectNode('jica');
    store.getState().selectNode('nobody');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'jica' });
  });

  it('derives the same shown set while nothing relevant changes', () => {
    const store = make();
    const first = selectShown(store.getState());
    store.getState().selectNode('jica');
    store.getState().setLanguage('hi');
    expect(selectShown(store.getState())).toBe(first);
  });

  it('narrows to the neighbourhood in focus mode, at the chosen depth', () => {
    const store = make();
    store.getState().selectNode('suzuki-takashi');
    store.getState().setFocusOnly(true);
    expect([...selectShown(store.getState()).nodes].sort()).toEqual([
      'jetro-india',
      'meeting-jetro',
      'suzuki-takashi',
    ]);
    store.getState().setFocusDepth(2);
    expect(selectShown(store.getState()).nodes.size).toBe(12);
    expect(selectHighlight(store.getState())?.nodes.has('suzuki-takashi')).toBe(true);
  });

  it('resets filters, selection and focus, and asks the canvas to fit', () => {
    const store = make();
    store.getState().toggleType('topic');
    store.getState().selectNode('jica');
    store.getState().setFocusOnly(true);
    store.getState().resetView();
    const s = store.getState();
    expect([s.filters.hiddenTypes.size, s.selection, s.focusOnly, s.camera?.command]).toEqual([
      0,
      null,
      false,
      'fit',
    ]);
  });

  it('starts afresh when a new graph replaces the old', () => {
    const store = make();
    store.getState().toggleSector('health');
    store.getState().selectNode('jica');
    store.getState().loadGraph(graph, { kind: 'file', name: 'x.json' }, 'stakeholder-graph');
    expect(store.getState().filters.hiddenSectors.size).toBe(0);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().origin).toEqual({ kind: 'file', name: 'x.json' });
  });
});

describe('positions', () => {
  it('of the shipped picture open as drawn, every node placed by its file', () => {
    const store = make();
    expect(store.getState().layout).toBe('preset');
    expect(store.getState().positions.size).toBe(41);
    expect(store.getState().positions).toEqual(new Map(graph.nodes.map((n) => [n.id, n.position])));
  });

  it('are kept with the graph through filters and field choices, and read back from an export', async () => {
    const { toGraphFile } = await import('../../src/formats/export');
    const { importFiles } = await import('../../src/formats/importGraph');
    const { selectPlacedGraph } = await import('../../src/store/derived');
    const store = make();
    const placed = new Map(graph.nodes.map((n, i) => [n.id, { x: i * 10.5, y: -i }]));
    store.getState().placeNodes(placed);
    store.getState().toggleSector('health');
    store.getState().setFocusOnly(true);
    expect(store.getState().positions).toEqual(placed);
    // Another layout places only what it laid out; the rest keep their places.
    store.getState().placeNodes(new Map([['jica', { x: 1, y: 2 }]]));
    expect(store.getState().positions.get('jica')).toEqual({ x: 1, y: 2 });
    expect(store.getState().positions.get('jetro')).toEqual(placed.get('jetro'));

    const text = JSON.stringify(toGraphFile(selectPlacedGraph(store.getState())));
    const back = importFiles([{ name: 'g.graph.json', text }]);
    if (!back.ok) throw new Error('export must load');
    expect(back.graph.nodeById.get('jica')?.position).toEqual({ x: 1, y: 2 });
    expect(back.graph.nodes.every((n) => n.position !== undefined)).toBe(true);

    // A new graph brings its own positions (none here), and asks the canvas to place it.
    const seq = store.getState().layoutSeq;
    const undrawn = undrawnShippedGraph();
    store.getState().loadGraph(undrawn, { kind: 'file', name: 'g.json' }, 'stakeholder-graph');
    expect(store.getState().positions.size).toBe(0);
    expect(store.getState().layout).toBe('fcose');
    expect(store.getState().layoutSeq).toBe(seq + 1);
    store.getState().loadGraph(back.graph, { kind: 'file', name: 'g.json' }, 'stakeholder-graph');
    expect(store.getState().positions.get('jica')).toEqual({ x: 1, y: 2 });
    expect(store.getState().layout).toBe('preset');
  });
});

describe('the notice of a load', () => {
  it('shows a long name by its start and end, so a 15,000-character address stays readable', () => {
    const store = createAppStore({
      graph: shippedGraph(),
      origin: { kind: 'bundled', name: 's' },
      lang: 'en',
    });
    const address = `https://example.org/${'a'.repeat(15_000)}/graph.json`;
    store.getState().loadGraph(shippedGraph(), { kind: 'url', name: address }, 'stakeholder-graph');
    const notice = store.getState().notices.at(-1)!;
    const text = translate('en', notice.key, notice.params);
    expect(text.length).toBeLessThan(300);
    expect(text).toMatch(
      /^Loaded “https:\/\/example\.org\/a+….*a+\/graph\.json” \(Stakeholder Graph JSON\): 41 nodes, 59 edges\./,
    );
    // The origin keeps the whole address: the link and the header use it.
    expect(store.getState().origin.name).toBe(address);
  });

  it('is left to the report where the load has warnings: the counts are said once', () => {
    const store = createAppStore({
      graph: shippedGraph(),
      origin: { kind: 'bundled', name: 's' },
      lang: 'en',
    });
    const s = store.getState();
    s.loadGraph(shippedGraph(), { kind: 'file', name: 'first.json' }, 'stakeholder-graph');
    expect(store.getState().notices.map((n) => n.key)).toEqual(['import.loaded']);
    const warning = problem('schema.unknownField', {}, { file: 'second.gexf' });
    s.loadGraph(undrawnShippedGraph(), { kind: 'file', name: 'second.gexf' }, 'gexf', [warning]);
    // The first load's notice would speak of the graph before: it goes too.
    expect(store.getState().notices).toEqual([]);
    const report = store.getState().importReport;
    expect(report?.outcome === 'loaded' && report.loaded).toEqual({
      format: 'gexf',
      nodes: 41,
      edges: 59,
    });
  });
});
