import { describe, expect, it } from 'vitest';
import { compactOf } from '../../src/graph/analysis/compact';
import { computeMetrics } from '../../src/graph/analysis/metrics';
import { shortestPaths } from '../../src/graph/analysis/paths';
import type { PathQuery } from '../../src/graph/analysis/view';
import { filterTexts, legendOf } from '../../src/store/describe';
import {
  selectAppearance,
  selectFiltered,
  selectHighlight,
  selectEstimated,
  selectPaths,
  selectShown,
} from '../../src/store/derived';
import { createAppStore } from '../../src/store/store';
import { edgeTable, nodeTable } from '../../src/store/tables';
import { shippedGraph } from '../graph/shippedGraph';

const graph = shippedGraph();
const make = () => createAppStore({ graph, origin: { kind: 'bundled', name: 'test' }, lang: 'en' });
const metrics = computeMetrics(compactOf(graph), () => {});
const index = (id: string) => graph.nodes.findIndex((n) => n.id === id);
const query: PathQuery = {
  from: 'aditi-puri',
  to: 'ryohei-aiba',
  directed: false,
  avoid: new Set(),
};

describe('the analysis in the store', () => {
  it('takes only the answer to the question still asked, about the graph still loaded', () => {
    const store = make();
    store.getState().findPaths(query);
    expect(store.getState().panel).toBe('paths');
    const paths = shortestPaths(compactOf(graph), index('aditi-puri'), index('ryohei-aiba'));
    // An answer to an earlier question changes nothing.
    store.getState().receivePaths(graph, { ...query, directed: true }, paths);
    expect(selectPaths(store.getState())).toBeNull();
    store.getState().receivePaths(graph, query, paths);
    expect(selectPaths(store.getState())).toHaveLength(5);
    // The paths are what the canvas emphasises, over the selection's neighbourhood.
    store.getState().selectNode('jica');
    expect(selectHighlight(store.getState())?.nodes.has('ryohei-aiba')).toBe(true);
    store.getState().clearPaths();
    expect(selectHighlight(store.getState())?.nodes.has('ryohei-aiba')).toBe(false);
  });

  it('refuses a path question about nodes the graph does not have', () => {
    const store = make();
    store.getState().findPaths({ ...query, to: 'nobody' });
    expect(store.getState().pathQuery).toBeNull();
  });

  it('marks estimated betweenness and closeness until the exact values asked for arrive', () => {
    const store = make();
    store.getState().receiveMetrics(graph, metrics, 1, true);
    expect(selectEstimated(store.getState())).toEqual(['closeness', 'betweenness']);
    const headers = (lang: 'en' | 'hi') =>
      nodeTable(
        graph,
        selectShown(store.getState()),
        metrics,
        null,
        lang,
        selectEstimated(store.getState()),
      ).columns.map((c) => c.header);
    expect(headers('en')).toContain('Betweenness (estimate)');
    expect(headers('en')).toContain('Links (degree)');
    expect(headers('hi')).toContain('मध्यस्थता (बिटवीननेस) (अनुमान)');
    expect(store.getState().exactMetrics).toBe(false);
    store.getState().computeExactMetrics();
    expect(store.getState().exactMetrics).toBe(true);
    // Exact batches arriving: the estimates still shown stay marked until the last one.
    store.getState().receiveMetrics(graph, { closeness: metrics.closeness! }, 0.3, false);
    expect(selectEstimated(store.getState())).toEqual(['closeness', 'betweenness']);
    store.getState().receiveMetrics(graph, { betweenness: metrics.betweenness! }, 1, false);
    expect(selectEstimated(store.getState())).toEqual([]);
    expect(headers('en')).toContain('Betweenness');
    // Another graph is estimated or not afresh.
    store.getState().loadGraph(graph, { kind: 'file', name: 'again.json' }, 'stakeholder-graph');
    expect(store.getState().exactMetrics).toBe(false);
  });

  it('filters by a metric range once the metric arrives, and names it in chips and legend', () => {
    const store = make();
    store.getState().setRange('metric:betweenness', { min: 0.2, max: 1 });
    expect(selectFiltered(store.getState()).nodes.size).toBe(41);
    store.getState().receiveMetrics(graph, metrics, 1);
    expect([...selectFiltered(store.getState()).nodes].sort()).toEqual([
      'gov-jharkhand',
      'meeting-jetro',
      'meeting-jica',
      'meeting-nec',
    ]);
    expect(filterTexts(store.getState())).toEqual([
      { key: 'range:metric:betweenness', text: 'Betweenness 0.2 to 1' },
    ]);
    expect(legendOf(store.getState()).notes).toContain('Filters: Betweenness 0.2 to 1');
  });

  it('colours by community with a legend in the interface language, waiting for the metrics', () => {
    const store = make();
    store.getState().colourBy({ kind: 'community' });
    expect(selectAppearance(store.getState()).waiting).toBe(true);
    expect(legendOf(store.getState()).notes).toContain('Waiting for the metrics…');
    store.getState().receiveMetrics(graph, metrics, 1);
    const look = selectAppearance(store.getState());
    expect(look.waiting).toBe(false);
    expect(new Set(look.colours).size).toBe(look.colourLegend?.entries.length);
    store.getState().setLanguage('hi');
    const legend = legendOf(store.getState());
    expect(legend.sections[1]?.heading).toBe('रंग: समुदाय (लूवेन)');
    expect(legend.sections[1]?.items[0]?.text).toMatch(/^समुदाय 1 \(\d+\)$/);
    store.getState().resetAppearance();
    expect(selectAppearance(store.getState()).colours).toBeNull();
  });

  it('a new graph starts without paths, look or range filters', () => {
    const store = make();
    store.getState().findPaths(query);
    store.getState().colourBy({ kind: 'community' });
    store.getState().setRange('metric:degree', { min: 1, max: 2 });
    store.getState().loadGraph(graph, { kind: 'file', name: 'again.json' }, 'stakeholder-graph');
    const s = store.getState();
    expect([s.pathQuery, s.appearance.colour, s.filters.ranges.size]).toEqual([null, null, 0]);
  });

  it('the legend explains the edge colours: the shown relations, as the canvas colours them', () => {
    const store = make();
    const relations = () =>
      legendOf(store.getState()).sections.find((x) => x.heading === 'Line colour: relation');
    const all = relations();
    expect(all?.items).toHaveLength(12);
    expect(all?.items.slice(0, 3).map((i) => [i.text, i.colour, i.shape])).toEqual([
      ['heads', '#64748b', 'line'],
      ['holds office in', '#2563eb', 'line'],
      ['works for', '#16a34a', 'line'],
    ]);
    expect(all?.items[11]?.text).toBe('11 more relations (see the Relations filter)');
    // With only people, organisations, governments and countries shown, only their relations.
    store.getState().toggleType('topic');
    store.getState().toggleType('meeting');
    store.getState().toggleType('document');
    store.getState().toggleType('place');
    expect(relations()?.items.map((i) => i.text)).toEqual([
      'heads',
      'holds office in',
      'works for',
      'represents',
      'part of',
      'based in',
      'appreciated',
      'assured cooperation to',
    ]);
  });

  it('tables list what is shown, with metrics, roles and relations', () => {
    const store = make();
    store.getState().toggleType('topic');
    const s = store.getState();
    const shown = selectFiltered(s);
    const nodes = nodeTable(graph, shown, metrics, null, 'en');
    expect(nodes.rows).toHaveLength(22);
    expect(nodes.columns.map((c) => c.header).slice(0, 4)).toEqual([
      'Name',
      'Type',
      'Sectors',
      'Links (degree)',
    ]);
    const edges = edgeTable(graph, shown, 'hi');
    expect(edges.columns.map((c) => c.header)).toEqual(['से', 'संबंध', 'तक', 'लेबल', 'भार', 'साक्ष्य']);
    expect(edges.rows.every((r) => typeof r.values[5] === 'string')).toBe(true);
  });
});
