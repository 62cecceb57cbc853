import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { connectionGroups } from '../../src/graph/connections';
import { edgeTable } from '../../src/store/tables';
import { say } from '../support/problems';

const real = (name: string) => ({
  name,
  text: readFileSync(fileURLToPath(new URL(`../fixtures/real/${name}`, import.meta.url)), 'utf8'),
});

function load(name: string) {
  const r = importFiles([real(name)]);
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r;
}

describe('real exports load whole and look like themselves', () => {
  it('Gephi’s own nodes CSV with a repeated id: the rows merge, the first value kept, said once', () => {
    const { graph, warnings } = load('test_utf8_chars.gephi-tests.csv');
    expect(graph.nodes.map((n) => [n.id, n.label.en, n.attributes?.utf8])).toEqual([
      ['1', 'uno', '漢語'],
      ['2', 'dos', 'blabla'],
    ]);
    expect(warnings.map(say)).toEqual([
      'test_utf8_chars.gephi-tests.csv: 1 row repeats a node id above and was merged into it: blanks filled, 1 conflicting value left as the first row has it',
    ]);
  });

  it('networkx dynamic GEXF with date spells: starts, ends and spells become the span, spells kept', () => {
    const { graph } = load('dynamic-spells.networkx.gexf');
    const at = (id: string) => {
      const n = graph.nodeById.get(id) ?? graph.edgeById.get(id);
      return [n?.start, n?.end, n?.attributes?.spells];
    };
    expect(['a', 'c', 'd', 'e'].map(at)).toEqual([
      ['2019-01-01', undefined, undefined],
      ['2019-03-01', '2022-06-30', ['2019-03-01..2019-12-31', '2021-01-01..2022-06-30']],
      ['2020-06-01', '2023-12-31', undefined],
      [undefined, undefined, undefined],
    ]);
    expect(graph.edges.map((e) => [e.id, e.start, e.end])).toEqual([
      ['0', '2019-05-01', '2021-03-31'],
      ['1', '2019-04-01', '2022-01-31'],
      ['2', '2020-07-01', undefined],
      ['3', undefined, undefined],
    ]);
  });

  it('networkx dynamic GEXF with `long` times: four-digit numbers are years', () => {
    const { graph } = load('dynamic-years.networkx.gexf');
    expect(graph.nodes.map((n) => [n.id, n.start, n.end, n.attributes])).toEqual([
      ['0', '2018', '2019', undefined],
      ['1', '2019', '2020', undefined],
      ['2', '2020', '2021', undefined],
      ['3', '2021', '2022', undefined],
    ]);
  });

  it('networkx GEXF of Les Misérables: names, Gephi look, weights, no direction', () => {
    const { graph, format } = load('lesmis.networkx.gexf');
    expect(format).toBe('gexf');
    expect([graph.nodes.length, graph.edges.length]).toEqual([77, 254]);
    const valjean = graph.nodeById.get('Valjean');
    expect(valjean?.label.en).toBe('Valjean');
    expect(valjean?.position).toBeDefined();
    expect(valjean?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(valjean?.size).toBe(5 + 2 * 36);
    expect(graph.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(graph.edges.every((e) => e.directed === false && e.weight !== undefined)).toBe(true);
  });

  it('Les Misérables lists Valjean’s undirected links together, without arrows, in details and table', () => {
    const { graph } = load('lesmis.networkx.gexf');
    const groups = connectionGroups(graph, 'Valjean');
    expect(groups.map((g) => [g.direction, g.edgeCount])).toEqual([['none', 36]]);
    const table = edgeTable(
      graph,
      { nodes: new Set(graph.nodeById.keys()), edges: new Set(graph.edgeById.keys()) },
      'en',
    );
    expect(table.columns.slice(0, 3).map((c) => c.header)).toEqual([
      'One end',
      'Relation',
      'Other end',
    ]);
  });

  it('Cytoscape desktop’s Tokyo railways: names and relations from the fields that hold them, said so', () => {
    const { graph, warnings } = load('tokyo-railways.cytoscape-desktop.cyjs');
    expect([graph.nodes.length, graph.edges.length]).toEqual([23, 15]);
    const station = graph.nodeById.get('8220');
    expect(station?.label.en).toBe('京成高砂');
    expect(station?.attributes?.['label (before)']).toBe('9934001');
    expect(station?.attributes?.station_name).toBeUndefined();
    const relations = [...graph.relations.values()].map((r) => r.label.en);
    expect(relations).toContain('北総鉄道北総線');
    expect(relations.some((r) => /^\d+$/.test(r))).toBe(false);
    const edge = graph.edges.find((e) => e.source === '8220');
    expect(edge?.label.en).toBe('北総鉄道北総線');
    expect(edge?.attributes?.['relation (before)']).toBe('99340');
    expect(warnings.map(say).slice(0, 2)).toEqual([
      'tokyo-railways.cytoscape-desktop.cyjs: "name" holds codes, so node names were taken from "station_name"; the codes are kept under "label (before)" (Fields in the side panel changes this)',
      'tokyo-railways.cytoscape-desktop.cyjs: "interaction" holds codes, so relations were taken from "line_name"; the codes are kept under "relation (before)" (Fields in the side panel changes this)',
    ]);
  });

  it('a file whose labels read as words keeps them', () => {
    const { warnings } = load('lesmis.networkx.gexf');
    expect(warnings.map(say).join()).not.toContain('holds codes');
  });

  it('networkx GraphML of the same graph gives the same nodes and edges', () => {
    const gexf = load('lesmis.networkx.gexf').graph;
    const { graph } = load('lesmis.networkx.graphml');
    expect(graph.nodes.map((n) => n.label.en)).toEqual(gexf.nodes.map((n) => n.label.en));
    const ends = (g: typeof graph) => g.edges.map((e) => [e.source, e.target, e.weight]);
    expect(ends(graph)).toEqual(ends(gexf));
  });

  it('networkx node-link JSON of the karate club', () => {
    const { graph, format } = load('karate.networkx.node-link.json');
    expect(format).toBe('node-link');
    expect(graph.meta.title.en).toBe('Zachary’s Karate Club'.replace('’', "'"));
    expect([graph.nodes.length, graph.edges.length]).toEqual([34, 78]);
    expect(graph.nodeById.get('0')?.attributes).toEqual({ club: 'Mr. Hi' });
    expect(graph.edges[0]?.weight).toBe(4);
    expect(graph.edges.every((e) => e.directed === false)).toBe(true);
  });

  it('networkx Cytoscape JSON of the Florentine families', () => {
    const { graph } = load('florentine.networkx.cytoscape.json');
    expect([graph.nodes.length, graph.edges.length]).toEqual([15, 20]);
    expect(graph.nodeById.get('Medici')?.label.en).toBe('Medici');
    // The file says `"directed": false` at the top: no edge has a direction.
    expect(graph.edges.every((e) => e.directed === false)).toBe(true);
  });

  it('an edge list with parallel edges: ends become nodes, every edge kept', () => {
    const { graph } = load('multigraph.networkx.edgelist.csv');
    expect(graph.nodes.map((n) => n.id)).toEqual(['alice', 'bob', 'carol']);
    expect(graph.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['alice', 'bob', 1],
      ['alice', 'bob', 3],
      ['alice', 'bob', 2],
      ['bob', 'carol', 1],
      ['carol', 'alice', 5],
    ]);
  });

  it('yEd: labels, drawn positions, fills, sizes and shapes', () => {
    const { graph } = load('yed.networkx-tests.graphml');
    expect(graph.nodes.map((n) => n.label.en)).toEqual(['1', '2', '3']);
    expect(graph.nodes.map((n) => n.position)).toEqual([
      { x: 140, y: 115 },
      { x: 198, y: 220 },
      { x: 990, y: 306 },
    ]);
    expect(graph.nodes.map((n) => n.color)).toEqual(['#ffcc00', '#ffcc00', '#e8eef7']);
    // The drawn sizes (the larger side of each box) and shapes are kept.
    expect(graph.nodes.map((n) => [n.size, n.shape])).toEqual([
      [30, 'rectangle'],
      [30, 'rectangle'],
      [80, undefined],
    ]);
    expect(graph.nodeById.get('n2')?.description?.en).toBe('description\nline1\nline2');
  });

  it('Gephi’s web network: typed attributes with defaults, edge ids apart from node ids', () => {
    const r = load('gephi-web-network.networkx-tests.gexf');
    expect(r.graph.meta.title.en).toBe('A Web network');
    expect(r.graph.nodes.map((n) => [n.label.en, n.attributes])).toEqual([
      ['Gephi', { url: 'https://gephi.org', indegree: 1, frog: false }],
      ['Webatlas', { url: 'http://webatlas.fr', indegree: 2, frog: false }],
      ['RTGI', { url: 'http://rtgi.fr', indegree: 1, frog: true }],
      ['BarabasiLab', { url: 'http://barabasilab.com', indegree: 1, frog: true }],
    ]);
    expect(r.graph.edges.map((e) => [e.id, e.source, e.target])).toEqual([
      ['edge-0', '0', '1'],
      ['edge-1', '0', '2'],
      ['edge-2', '1', '0'],
      ['edge-3', '2', '1'],
      ['4', '0', '3'],
    ]);
    expect(r.warnings.map(say)[0]).toMatch(
      /^gephi-web-network.networkx-tests.gexf: 4 edge ids were also node ids/,
    );
  });
});
