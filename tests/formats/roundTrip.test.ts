import { describe, expect, it } from 'vitest';
import { toGraphFile } from '../../src/formats/export';
import { toCsv } from '../../src/formats/exportCsv';
import { toGexf, toGraphml } from '../../src/formats/exportXml';
import { importFiles } from '../../src/formats/importGraph';
import { loadGraphValue } from '../../src/graph/load';
import type { GraphModel } from '../../src/graph/model';
import { shippedGraph } from '../graph/shippedGraph';
import { say } from '../support/problems';

const graph = shippedGraph();

function imported(files: { name: string; text: string }[]): GraphModel {
  const r = importFiles(files);
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r.graph;
}

/**
 * What a graph says, in the terms every format can carry: sectors and relations by their
 * names (ids of named things are made from names by readers of foreign formats), sources by
 * id only (their bibliographic details live in this app's JSON alone).
 */
function meaning(g: GraphModel) {
  const sector = (id: string) => g.sectors.get(id)?.label.en;
  const relation = (id: string) => g.relations.get(id)?.label.en;
  return {
    nodes: g.nodes.map((n) => ({ ...n, sectors: n.sectors.map(sector) })),
    edges: g.edges.map((e) => ({ ...e, relation: relation(e.relation) })),
  };
}

/** The same graph with positions, colours, sizes, weights and undirected edges. */
function withLook(): GraphModel {
  const file = toGraphFile(graph) as {
    nodes: Record<string, unknown>[];
    edges: Record<string, unknown>[];
  };
  file.nodes.forEach((n, i) => {
    n.position = { x: i * 10.5, y: i === 0 ? 0 : -i * 3 };
    if (i % 2) n.color = '#1d4ed8';
    if (i % 3) n.size = 10 + i;
    if (i % 5 === 0) n.shape = i % 2 ? 'diamond' : 'round-rectangle';
    if (i % 3 === 0) n.start = ['2019', '2020-03', '2021-07-15'][i % 9 === 0 ? 0 : 1];
    if (i % 6 === 0) n.end = '2024-12-31';
    if (i % 4 === 1)
      n.assessments = [
        {
          date: i % 8 === 1 ? '2024-05' : '2025-01-20',
          influence: 1 + (i % 5),
          interest: 1 + ((i * 3) % 5),
          stance: ['supportive', 'neutral', 'opposed', 'unknown'][
            i % 4 === 1 ? ((i / 4) % 4) | 0 : 0
          ],
        },
      ];
  });
  file.edges.forEach((e, i) => {
    if (i % 4 === 0) e.directed = false;
    if (i % 2) e.weight = i / 2;
    if (i % 3 === 0) e.start = i % 2 ? '2020' : '2021-02-03';
    if (i % 5 === 0) e.end = '2023-06';
  });
  const r = loadGraphValue(file);
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r.graph;
}

describe('what we export we read back whole', () => {
  const look = withLook();
  const formats: [string, (g: GraphModel) => { name: string; text: string }[]][] = [
    ['JSON', (g) => [{ name: 'g.json', text: JSON.stringify(toGraphFile(g)) }]],
    [
      'CSV',
      (g) => {
        const csv = toCsv(g);
        return [
          { name: 'nodes.csv', text: csv.nodes },
          { name: 'edges.csv', text: csv.edges },
        ];
      },
    ],
    ['GraphML', (g) => [{ name: 'g.graphml', text: toGraphml(g) }]],
    ['GEXF', (g) => [{ name: 'g.gexf', text: toGexf(g) }]],
  ];
  for (const [name, write] of formats)
    it(`through ${name}: nodes and edges, evidence, positions, colours, sizes, weights, direction, start and end dates and the latest assessment`, () => {
      const back = imported(write(look));
      expect(meaning(back)).toEqual(meaning(look));
    });

  it('keeps every piece of evidence, where an edge has more than one', () => {
    expect(graph.edges.filter((e) => e.provenance.length > 1).length).toBe(11);
    const back = imported([{ name: 'g.gexf', text: toGexf(graph) }]);
    expect(back.edges.map((e) => e.provenance)).toEqual(graph.edges.map((e) => e.provenance));
  });
});
