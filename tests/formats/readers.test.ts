import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import type { GraphModel } from '../../src/graph/model';
import { say } from '../support/problems';

const file = (name: string, text: string) => ({ name, text });

function load(...files: { name: string; text: string }[]) {
  const r = importFiles(files);
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r;
}

/** A graph as the user sees it: labels, types, sector names, ends and relation names. */
function seen(g: GraphModel) {
  return {
    nodes: g.nodes.map((n) => [
      n.id,
      n.label.en,
      n.type,
      n.sectors.map((s) => g.sectors.get(s)?.label.en),
      n.attributes ?? {},
      ...(n.start === undefined ? [] : [n.start]),
    ]),
    edges: g.edges.map((e) => [e.source, e.target, g.relations.get(e.relation)?.label.en]),
  };
}

describe('one field table: the same records give the same graph in every format', () => {
  // One record with Label/Category/Tags and an extra field, and one connection, four ways.
  const csvNodes =
    'ID,Label,Category,Tags,Founded\njica,JICA,Organization,Health|Skills,1974\nin,India,Country,,\n';
  const csvEdges = 'From,To,Type\njica,in,works in\n';
  const graphml = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="l" for="node" attr.name="Label" attr.type="string"/>
  <key id="c" for="node" attr.name="Category" attr.type="string"/>
  <key id="t" for="node" attr.name="Tags" attr.type="string"/>
  <key id="f" for="node" attr.name="Founded" attr.type="string"/>
  <key id="r" for="edge" attr.name="Type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="jica"><data key="l">JICA</data><data key="c">Organization</data><data key="t">Health|Skills</data><data key="f">1974</data></node>
    <node id="in"><data key="l">India</data><data key="c">Country</data></node>
    <edge source="jica" target="in"><data key="r">works in</data></edge>
  </graph>
</graphml>`;
  const cytoscape = JSON.stringify({
    elements: {
      nodes: [
        {
          data: {
            id: 'jica',
            Label: 'JICA',
            Category: 'Organization',
            Tags: ['Health', 'Skills'],
            Founded: '1974',
          },
        },
        { data: { id: 'in', Label: 'India', Category: 'Country' } },
      ],
      edges: [{ data: { source: 'jica', target: 'in', Type: 'works in' } }],
    },
  });
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="Category" type="string"/>
      <attribute id="1" title="Tags" type="liststring"/>
      <attribute id="2" title="Founded" type="string"/>
    </attributes>
    <attributes class="edge"><attribute id="0" title="Type" type="string"/></attributes>
    <nodes>
      <node id="jica" label="JICA"><attvalues><attvalue for="0" value="Organization"/><attvalue for="1" value="[Health, Skills]"/><attvalue for="2" value="1974"/></attvalues></node>
      <node id="in" label="India"><attvalues><attvalue for="0" value="Country"/></attvalues></node>
    </nodes>
    <edges><edge id="0" source="jica" target="in"><attvalues><attvalue for="0" value="works in"/></attvalues></edge></edges>
  </graph>
</gexf>`;

  const expected = {
    nodes: [
      // "Founded" is a start date in every format, through the one field table.
      ['jica', 'JICA', 'organisation', ['Health', 'Skills'], {}, '1974'],
      ['in', 'India', 'country', [], {}],
    ],
    edges: [['jica', 'in', 'works in']],
  };

  it.each([
    ['CSV', () => load(file('n.csv', csvNodes), file('e.csv', csvEdges))],
    ['GraphML', () => load(file('g.graphml', graphml))],
    ['Cytoscape JSON', () => load(file('g.cyjs', cytoscape))],
    ['GEXF', () => load(file('g.gexf', gexf))],
  ])('%s', (_name, read) => {
    expect(seen(read().graph)).toEqual(expected);
  });
});

describe('id namespaces as the formats have them', () => {
  it('renames an edge id that a node already has, keeps the original, and says so once', () => {
    // Gephi numbers nodes and edges 0, 1, 2… each in its own space.
    const text = `<graphml><graph edgedefault="undirected">
      <node id="0"/><node id="1"/><node id="2"/>
      <edge id="0" source="0" target="1"/><edge id="1" source="1" target="2"/><edge id="7" source="2" target="0"/>
    </graph></graphml>`;
    const r = load(file('gephi.graphml', text));
    expect(r.graph.edges.map((e) => [e.id, e.attributes?.id])).toEqual([
      ['edge-0', '0'],
      ['edge-1', '1'],
      ['7', undefined],
    ]);
    expect(r.graph.edges.every((e) => e.directed === false)).toBe(true);
    expect(r.warnings.map(say)).toEqual([
      'gephi.graphml: 2 edge ids were also node ids; those edges were given new ids, and each keeps its original under "id"',
      'gephi.graphml: 3 relationships have no evidence; add the sentence each rests on (a "quote" column, or "provenance" in this app’s JSON)',
    ]);
  });

  it('keeps one id space in this app’s own format, where a clash is an error', () => {
    const r = importFiles([
      file(
        'g.json',
        JSON.stringify({
          format: 'stakeholder-graph',
          version: 1,
          meta: { title: { en: 't' } },
          sectors: [],
          relations: [{ id: 'r', label: { en: 'r' } }],
          nodes: [{ id: 'a', type: 'person', label: { en: 'A' } }],
          edges: [{ id: 'a', source: 'a', target: 'a', relation: 'r', label: { en: 'r' } }],
        }),
      ),
    ]);
    expect(r.ok || r.problems.map(say)).toEqual([
      'g.json: edges[0].id: "a" is already the id of nodes[0]; ids must be unique across nodes and edges',
    ]);
  });
});

describe('spreadsheets as people keep them', () => {
  it('reads Kumu’s layout: elements named by Label, connections From/To by label', () => {
    const elements = file(
      'elements.csv',
      'Label,Type,Tags,Description\nJICA,Organization,Health|Skills,Japan’s aid agency\nAditi Puri,Person,Health,\n',
    );
    const connections = file(
      'connections.csv',
      'From,To,Type,Tags\nAditi Puri,JICA,works for,staff\n',
    );
    const r = load(elements, connections);
    expect(seen(r.graph)).toEqual({
      nodes: [
        ['JICA', 'JICA', 'organisation', ['Health', 'Skills'], {}],
        ['Aditi Puri', 'Aditi Puri', 'person', ['Health'], {}],
      ],
      edges: [['Aditi Puri', 'JICA', 'works for']],
    });
    expect(r.graph.edges[0]?.attributes).toEqual({ Tags: 'staff' });
    expect(r.graph.nodeById.get('JICA')?.description?.en).toBe('Japan’s aid agency');
  });

  it('reads a plain edge list with weights and parallel edges; its ends become the nodes', () => {
    const r = load(file('edges.csv', 'source,target,weight\na,b,2\na,b,5\nb,c,1\n'));
    expect(r.graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(r.graph.edges.map((e) => [e.source, e.target, e.weight])).toEqual([
      ['a', 'b', 2],
      ['a', 'b', 5],
      ['b', 'c', 1],
    ]);
  });
});

describe('GEXF, Gephi’s own format', () => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10.1</creator><description></description></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"/>
    </attributes>
    <nodes>
      <node id="0" label="Myriel">
        <attvalues><attvalue for="modularity_class" value="1"/></attvalues>
        <viz:size value="28.685715"/>
        <viz:position x="-58.3" y="38.7" z="0.0"/>
        <viz:color r="235" g="81" b="72"/>
      </node>
      <node id="1" label="Napoleon" start="1815" end="1821">
        <viz:position x="-79.1" y="-27.4" z="0.0"/>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="1" target="0" weight="1.5"/>
      <edge id="1" source="0" target="1" type="directed" weight="3.0"/>
    </edges>
  </graph>
</gexf>`;

  it('reads labels, attributes, Gephi’s look, weights, direction and dates', () => {
    const r = load(file('lesmis.gexf', gexf));
    expect(r.format).toBe('gexf');
    const [myriel, napoleon] = r.graph.nodes;
    expect(myriel?.label.en).toBe('Myriel');
    expect(myriel?.attributes).toEqual({ 'Modularity Class': 1 });
    expect(myriel?.position).toEqual({ x: -58.3, y: -38.7 });
    expect(myriel?.color).toBe('#eb5148');
    expect(myriel?.size).toBeCloseTo(28.685715);
    expect(napoleon?.attributes).toBeUndefined();
    expect([napoleon?.start, napoleon?.end]).toEqual(['1815', '1821']);
    expect(r.graph.edges.map((e) => [e.id, e.weight, e.directed])).toEqual([
      ['edge-0', 1.5, false],
      ['edge-1', 3, undefined],
    ]);
  });
});
