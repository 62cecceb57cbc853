import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { readFixtureFile } from './importFixtures';
import { say } from '../support/problems';
import { formatProblem } from '../../src/i18n/problems';
import { FORMAT_EXTENSIONS, IMPORT_ACCEPT, IMPORT_FORMATS } from '../../src/formats/types';
import { translate } from '../../src/i18n/strings';

const file = (name: string, text: string) => ({ name, text });
const messages = (r: ReturnType<typeof importFiles>) => (r.ok ? [] : r.problems.map(say));

describe('importing a Kumu-style CSV pair', () => {
  const result = importFiles([
    readFixtureFile('kumu-edges.csv'),
    readFixtureFile('kumu-nodes.csv'),
  ]);

  it('loads nodes, edges, sectors and relations whichever order the files come in', () => {
    expect(messages(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.format).toBe('csv');
    expect(result.graph.nodes.map((n) => n.id)).toEqual([
      'ziada',
      'jica',
      'suzuki',
      'rare-earth',
      'delhi',
    ]);
    expect(result.graph.edges).toHaveLength(4);
    expect([...result.graph.sectors.values()].map((s) => s.label.en)).toEqual([
      'Industry & infrastructure',
      'Investment & trade',
      'International cooperation',
      'Minerals & mining',
    ]);
    expect([...result.graph.relations.keys()]).toEqual(['met', 'discussed', 'based-in']);
  });

  it('names the connections file in a warning about the connections', () => {
    const edges = readFixtureFile('kumu-edges.csv');
    const nodes = readFixtureFile('kumu-nodes.csv');
    const r = importFiles([
      { name: 'elements.csv', text: nodes.text },
      { name: 'connections.csv', text: edges.text },
    ]);
    if (!r.ok) throw new Error('must load');
    expect(r.warnings.map(say)).toEqual([
      'connections.csv: 4 relationships have no evidence; add the sentence each rests on (a "quote" column, or "provenance" in this app’s JSON)',
    ]);
  });

  it('maps type words, keeps unknown types and extra columns as attributes, reads "Founded" as a start', () => {
    if (!result.ok) throw new Error('must load');
    const by = (id: string) => result.graph.nodeById.get(id);
    expect(by('ziada')?.type).toBe('organisation');
    expect(by('rare-earth')?.type).toBe('topic');
    expect(by('delhi')?.type).toBe('place');
    expect(by('ziada')?.attributes).toEqual({ Website: 'https://example.org/ziada' });
    expect(by('ziada')?.start).toBe('2019');
    expect(result.graph.edges[0]?.attributes).toEqual({ Strength: '3' });
    expect(by('rare-earth')?.description?.en).toBe('Digital solutions for "rare earth" minerals');
  });

  it('keeps Hindi where given and marks it missing elsewhere', () => {
    if (!result.ok) throw new Error('must load');
    expect(result.graph.nodeById.get('suzuki')?.label).toEqual({
      en: 'Suzuki Takashi',
      hi: 'सुजुकी ताकाशी',
    });
    expect(result.graph.nodeById.get('rare-earth')?.label).toEqual({
      en: 'Rare earth minerals',
      hi: 'Rare earth minerals',
      hiMissing: true,
    });
  });

  it('reports a dangling edge at its file, line and column name', () => {
    const edges = file('edges.csv', 'from,to,relation\nziada,jica,met\nziada,jetro,met\n');
    const r = importFiles([readFixtureFile('kumu-nodes.csv'), edges]);
    expect(messages(r)).toEqual(['edges.csv: line 3: to: "jetro" is not a node id']);
  });

  it('reports a missing id column, reserved and duplicate headers', () => {
    expect(messages(importFiles([file('n.csv', 'type,sectors\nperson,health\n')]))).toEqual([
      'n.csv: line 1: the nodes file has no "id" column; add one with a unique id per row',
    ]);
    expect(messages(importFiles([file('n.csv', 'id,__proto__\na,x\n')]))).toEqual([
      'n.csv: line 1: column 2: the column name "__proto__" is not allowed; rename it',
    ]);
    expect(messages(importFiles([file('n.csv', 'id,Label,label\na,x,y\n')]))).toEqual([
      'n.csv: line 1: column 3: the column "label" appears twice',
    ]);
  });

  it('counts lines across quoted cells that span lines', () => {
    const nodes = file('n.csv', 'id,description\na,"two\nlines"\n"",empty id\n');
    expect(messages(importFiles([nodes]))).toEqual(['n.csv: line 4: id: must not be empty']);
  });

  it('gives sectors and relations named like object properties ids the schema accepts', () => {
    const nodes = file('n.csv', 'id,sectors\na,constructor;toString\n');
    const edges = file('e.csv', 'from,to,relation\na,a,constructor\n');
    const r = importFiles([nodes, edges]);
    expect(messages(r)).toEqual([]);
    expect(r.ok && [...r.graph.sectors.keys()]).toEqual(['sector-constructor', 'tostring']);
    expect(r.ok && [...r.graph.relations.keys()]).toEqual(['relation-constructor']);
  });

  it('makes nodes from the ends of an edges file given alone', () => {
    const r = importFiles([file('edges.csv', 'from,to\na,b\nb,c\n')]);
    expect(r.ok && r.graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('importing GraphML', () => {
  it('reads Gephi’s keys, typed values and labels', () => {
    const r = importFiles([readFixtureFile('gephi.graphml')]);
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.format).toBe('graphml');
    const nec = r.graph.nodeById.get('nec');
    expect(nec?.label.en).toBe('NEC Corporation');
    expect(nec?.type).toBe('organisation');
    expect(nec?.attributes).toEqual({ modularity_class: 1 });
    expect(r.graph.nodeById.get('ziada')?.sectors).toEqual(['industry', 'investment']);
    expect(r.graph.edgeById.get('e0')?.attributes).toEqual({ 'Edge Label': 'met' });
    expect(r.graph.edgeById.get('e0')?.weight).toBe(2);
    expect(r.graph.edgeById.get('e1')?.label.en).toBe('related to');
  });

  it('reads yEd’s node and edge labels', () => {
    const r = importFiles([readFixtureFile('yed.graphml')]);
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.graph.nodes.map((n) => n.label.en)).toEqual(['Jharkhand Bhawan', 'Ranchi']);
    expect(r.graph.edges[0]?.label.en).toBe('reports to');
  });

  it('reports malformed XML by line and column', () => {
    const r = importFiles([
      file('bad.graphml', '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>'),
    ]);
    expect(messages(r)).toEqual([
      "bad.graphml: line 4, column 1: malformed XML: Expected closing tag 'node' (opened in line 3, col 1) instead of closing tag 'graph'.",
    ]);
  });

  it('reports a dangling edge by its element and line', () => {
    const text =
      '<graphml>\n<graph>\n<node id="a"/>\n<edge id="x" source="a" target="zz"/>\n</graph>\n</graphml>';
    expect(messages(importFiles([file('g.graphml', text)]))).toEqual([
      'g.graphml: line 4: <edge id="x"> target: "zz" is not a node id',
    ]);
  });

  it('refuses entity declarations and XML that is not GraphML', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaa">]><graphml>&a;</graphml>';
    expect(messages(importFiles([file('b.graphml', bomb)]))).toEqual([
      'b.graphml: entity declarations (<!ENTITY) are not read; remove them',
    ]);
    expect(messages(importFiles([file('x.xml', '<html><body/></html>')]))).toEqual([
      'x.xml: this XML is not GraphML: it has no <graphml> element',
    ]);
  });
});

describe('importing Cytoscape JSON', () => {
  it('reads a Cytoscape desktop .cyjs file with names, interactions and extra data', () => {
    const r = importFiles([readFixtureFile('cytoscape-desktop.cyjs')]);
    expect(messages(r)).toEqual([]);
    if (!r.ok) return;
    expect(r.format).toBe('cytoscape-json');
    expect(r.graph.meta.title.en).toBe('Jharkhand partners');
    expect(r.graph.nodes.map((n) => n.label.en)).toEqual(['JETRO India', 'Arva Rajkamal']);
    expect(r.graph.edges[0]?.relation).toBe('met');
    expect(r.graph.nodeById.get('102')?.attributes).toMatchObject({
      shared_name: 'Industry Secretary',
    });
    // Lists stay lists: Cytoscape's `tags` list becomes the node's sectors, one per item.
    const sectors = r.graph.nodeById.get('102')?.sectors ?? [];
    expect(sectors.map((s) => r.graph.sectors.get(s)?.label.en)).toEqual([
      'industry',
      'government',
    ]);
    // The positions Cytoscape desktop drew are kept.
    expect(r.graph.nodeById.get('101')?.position).toEqual({ x: 10, y: 20 });
  });

  it('reads the flat element array of cy.json()', () => {
    const r = importFiles([readFixtureFile('cy-array.json')]);
    expect(messages(r)).toEqual([]);
    expect(r.ok && r.graph.nodeById.get('a')?.label.hi).toBe('हेमंत सोरेन');
  });

  it('locates problems by their path in the file', () => {
    const text = JSON.stringify({
      elements: { nodes: [{ data: { id: 'a' } }, { data: {} }], edges: [] },
    });
    expect(messages(importFiles([file('c.json', text)]))).toEqual([
      'c.json: elements.nodes[1].data.id: must be a string or number, not undefined',
    ]);
    const dangling = JSON.stringify({
      elements: { nodes: [{ data: { id: 'a' } }], edges: [{ data: { source: 'a', target: 'b' } }] },
    });
    expect(messages(importFiles([file('c.json', dangling)]))).toEqual([
      'c.json: elements.edges[0].data.target: "b" is not a node id',
    ]);
  });
});

describe('choosing a reader', () => {
  it('names the file in problems with the project’s own format', () => {
    const r = importFiles([file('mine.json', '{"format":"stakeholder-graph","version":2}')]);
    expect(messages(r)[0]).toBe(
      'mine.json: version: this app reads version 1 of the format (got 2)',
    );
  });

  it('says what it can read when the JSON is no graph', () => {
    expect(messages(importFiles([file('x.json', '{"hello":1}')]))).toEqual([
      'x.json: this JSON is not a graph the app knows; choose one graph file (Stakeholder Graph JSON, Cytoscape JSON, node-link JSON (networkx, d3), GraphML or GEXF (Gephi): .json, .cyjs, .graphml, .xml, .gexf), or a nodes CSV and an edges CSV',
    ]);
  });

  it('refuses an empty file and a pair that is not CSV', () => {
    expect(messages(importFiles([file('e.json', '\uFEFF  \n')]))).toEqual([
      'e.json: the file is empty',
    ]);
    expect(messages(importFiles([file('a.json', '{}'), file('b.json', '{}')]))).toEqual([
      '2 files were given; choose one graph file (Stakeholder Graph JSON, Cytoscape JSON, node-link JSON (networkx, d3), GraphML or GEXF (Gephi): .json, .cyjs, .graphml, .xml, .gexf), or a nodes CSV and an edges CSV',
    ]);
    const three = ['a', 'b', 'c'].map((n) => file(`${n}.csv`, 'id\nx\n'));
    expect(messages(importFiles(three))[0]).toMatch(/^3 files were given; /);
  });
});

describe('what the importer says it reads', () => {
  it('names every format it reads, from the one list, and the picker offers each one’s files', () => {
    const r = importFiles([]);
    expect(r.ok).toBe(false);
    for (const lang of ['en', 'hi'] as const) {
      const said = r.ok ? '' : r.problems.map((p) => formatProblem(p, lang)).join('');
      for (const f of IMPORT_FORMATS) {
        if (f !== 'csv') expect(said).toContain(translate(lang, `format.${f}`));
        for (const ext of FORMAT_EXTENSIONS[f]) expect(IMPORT_ACCEPT.split(',')).toContain(ext);
      }
    }
  });
});
