import { describe, expect, it } from 'vitest';
import { connectionGroups } from '../../src/graph/connections';
import { importFiles } from '../../src/formats/importGraph';
import { shippedGraph } from './shippedGraph';

describe('connectionGroups', () => {
  it('gathers parallel edges to one neighbour into one row, by relation and direction', () => {
    const rows = ['source,target,relation', 'hub,a,mentions', 'hub,a,mentions', 'hub,b,mentions'];
    rows.push('c,hub,mentions', 'hub,a,replies');
    const r = importFiles([{ name: 'e.csv', text: rows.join('\n') }]);
    if (!r.ok) throw new Error('must load');
    const groups = connectionGroups(r.graph, 'hub');
    expect(
      groups.map((g) => [
        g.key,
        g.edgeCount,
        g.rows.map((row) => [row.neighbour, row.edges.length]),
      ]),
    ).toEqual([
      [
        'out:mentions',
        3,
        [
          ['a', 2],
          ['b', 1],
        ],
      ],
      ['in:mentions', 1, [['c', 1]]],
      ['out:replies', 1, [['a', 1]]],
    ]);
  });

  it('lists undirected links in one group, whichever end the file wrote first', () => {
    const r = importFiles([
      {
        name: 'e.csv',
        text: [
          'source,target,relation,directed',
          'v,a,knows,false',
          'b,v,knows,false',
          'v,c,knows,true',
        ].join('\n'),
      },
    ]);
    if (!r.ok) throw new Error('must load');
    const groups = connectionGroups(r.graph, 'v');
    expect(groups.map((g) => [g.key, g.rows.map((row) => row.neighbour)])).toEqual([
      ['none:knows', ['a', 'b']],
      ['out:knows', ['c']],
    ]);
  });

  it('keeps every edge of a node, once', () => {
    const graph = shippedGraph();
    for (const node of graph.nodes) {
      const ids = connectionGroups(graph, node.id).flatMap((g) =>
        g.rows.flatMap((row) => row.edges.map((e) => e.id)),
      );
      expect(ids.sort()).toEqual((graph.incident.get(node.id) ?? []).map((e) => e.id).sort());
    }
  });
});
