import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { attributeNames, reassignField } from '../../src/formats/reassign';
import type { GraphModel } from '../../src/graph/model';
import { say } from '../support/problems';

function stations(): GraphModel {
  // A railway export whose names sit in station_name and whose kinds sit in group.
  const text = JSON.stringify({
    elements: {
      nodes: [
        {
          data: {
            id: 'n1',
            station_name: 'Ranchi Junction',
            group: 'Company',
            zone: ['SER', 'ECR'],
          },
        },
        { data: { id: 'n2', station_name: 'Hatia', group: 'Place', zone: 'SER' } },
        { data: { id: 'n3', group: 'Place' } },
      ],
      edges: [{ data: { id: 'e1', source: 'n1', target: 'n2' } }],
    },
  });
  const r = importFiles([{ name: 'rail.cyjs', text }]);
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r.graph;
}

const loaded = (r: ReturnType<typeof reassignField>) => {
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r.graph;
};

describe('taking labels, types and sectors from another field', () => {
  it('offers the attributes nodes carry, most common first', () => {
    expect(attributeNames(stations())).toEqual(['group', 'station_name', 'zone']);
  });

  it('takes labels from a field, keeps the old ones, and can take them back', () => {
    const g = loaded(reassignField(stations(), 'label', 'station_name'));
    expect(g.nodes.map((n) => n.label.en)).toEqual(['Ranchi Junction', 'Hatia', 'n3']);
    expect(g.nodeById.get('n1')?.attributes?.['label (before)']).toBe('n1');
    expect(g.nodeById.get('n1')?.attributes?.station_name).toBeUndefined();
    const back = loaded(reassignField(g, 'label', 'label (before)'));
    expect(back.nodes.map((n) => n.label.en)).toEqual(['n1', 'n2', 'n3']);
  });

  it('takes types and sectors from fields, lists item by item', () => {
    const typed = loaded(reassignField(stations(), 'type', 'group'));
    expect(typed.nodes.map((n) => n.type)).toEqual(['organisation', 'place', 'place']);
    const zoned = loaded(reassignField(typed, 'sectors', 'zone'));
    const names = (id: string) =>
      zoned.nodeById.get(id)?.sectors.map((s) => zoned.sectors.get(s)?.label.en);
    expect([names('n1'), names('n2'), names('n3')]).toEqual([['SER', 'ECR'], ['SER'], []]);
    expect(zoned.edges).toEqual(typed.edges);
  });
});

describe('relations from an edge attribute', () => {
  function tokyo(): GraphModel {
    const name = 'tokyo-railways.cytoscape-desktop.cyjs';
    const text = readFileSync(
      fileURLToPath(new URL(`../fixtures/real/${name}`, import.meta.url)),
      'utf8',
    );
    const r = importFiles([{ name, text }]);
    if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
    return r.graph;
  }

  it('takes another field for the relations and gives the guess back', () => {
    const graph = tokyo();
    expect(attributeNames(graph, 'relation')).toContain('company_name');
    const byCompany = reassignField(graph, 'relation', 'company_name');
    if (!byCompany.ok) throw new Error('must load');
    const names = (g: GraphModel) => [...g.relations.values()].map((r) => r.label.en).sort();
    expect(names(byCompany.graph)).toContain('北総鉄道');
    expect(byCompany.graph.edges[0]?.attributes?.['relation (before)']).toBe('北総鉄道北総線');
    const back = reassignField(byCompany.graph, 'relation', 'relation (before)');
    if (!back.ok) throw new Error('must load');
    expect(names(back.graph)).toEqual(names(graph));
    expect(back.graph.edges.map((e) => e.label.en)).toEqual(graph.edges.map((e) => e.label.en));
  });
});
