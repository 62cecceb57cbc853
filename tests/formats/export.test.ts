import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/graph/filters';
import { loadGraphValue } from '../../src/graph/load';
import type { GraphModel } from '../../src/graph/model';
import { toGraphFile } from '../../src/formats/export';
import { toCsv } from '../../src/formats/exportCsv';
import { importFiles } from '../../src/formats/importGraph';
import { shippedGraph } from '../graph/shippedGraph';
import { contentOf } from '../support/graphContent';
import { readFixtureFile } from './importFixtures';
import { say } from '../support/problems';

const graph = shippedGraph();

function reload(value: unknown): GraphModel {
  const r = loadGraphValue(JSON.parse(JSON.stringify(value)));
  if (!r.ok) throw new Error(r.problems.map(say).join('\n'));
  return r.graph;
}

describe('toGraphFile', () => {
  it('re-imports the whole shipped graph to the same graph', () => {
    expect(contentOf(reload(toGraphFile(graph)))).toEqual(contentOf(graph));
  });

  it('holds exactly the filtered view, and the file still loads', () => {
    const shown = applyFilters(graph, {
      ...NO_FILTERS,
      hiddenTypes: new Set(['meeting', 'government']),
    });
    const back = reload(toGraphFile(graph, shown));
    expect(new Set(back.nodes.map((n) => n.id))).toEqual(shown.nodes);
    expect(new Set(back.edges.map((e) => e.id))).toEqual(shown.edges);
    // Edges stated in a meeting lose the reference to the meeting that is no longer there.
    expect(back.edges.some((e) => e.meeting !== undefined)).toBe(false);
    expect(graph.edges.some((e) => e.meeting !== undefined && shown.edges.has(e.id))).toBe(true);
  });

  it('leaves Hindi out where the data had none, instead of copying the English', () => {
    const csv = importFiles([readFixtureFile('kumu-nodes.csv'), readFixtureFile('kumu-edges.csv')]);
    if (!csv.ok) throw new Error('fixture must load');
    const file = JSON.stringify(toGraphFile(csv.graph));
    expect(file).toContain('"label":{"en":"Rare earth minerals"}');
    expect(file).not.toContain('hiMissing');
    expect(contentOf(reload(JSON.parse(file)))).toEqual(contentOf(csv.graph));
  });
});

describe('toCsv', () => {
  const csv = toCsv(graph);
  const back = importFiles([
    { name: 'nodes.csv', text: csv.nodes },
    { name: 'edges.csv', text: csv.edges },
  ]);

  it('writes the columns the importer reads, Devanagari included', () => {
    expect(csv.nodes.split('\n')[0]).toBe(
      'id,label,label_hi,type,sectors,description,description_hi,aliases,x,y,role,role_hi,organisation,date',
    );
    expect(csv.edges.split('\n')[0]).toBe(
      'id,from,to,relation,label,label_hi,quote,translation,evidence source,quote selector,description,description_hi,quote 2,translation 2,evidence source 2,quote selector 2,meeting',
    );
    expect(csv.nodes).toContain('सुजुकी ताकाशी');
  });

  it('re-imports to the same nodes, edges, names, types and sectors', () => {
    if (!back.ok) throw new Error(back.problems.map(say).join('\n'));
    expect(back.graph.nodes.map((n) => [n.id, n.label, n.type])).toEqual(
      graph.nodes.map((n) => [n.id, n.label, n.type]),
    );
    expect(back.graph.edges.map((e) => [e.id, e.source, e.target, e.label])).toEqual(
      graph.edges.map((e) => [e.id, e.source, e.target, e.label]),
    );
    const sectorNames = (g: GraphModel, id: string) =>
      g.nodeById.get(id)?.sectors.map((s) => g.sectors.get(s)?.label.en);
    for (const n of graph.nodes)
      expect(sectorNames(back.graph, n.id)).toEqual(sectorNames(graph, n.id));
    // Evidence travels as columns (quote, translation, evidence source, then quote 2…) and
    // comes back as evidence, every entry of it.
    expect(back.graph.edges.map((e) => e.provenance)).toEqual(graph.edges.map((e) => e.provenance));
    expect(graph.edges.some((e) => e.provenance.length > 1)).toBe(true);
  });

  it('escapes cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const r = importFiles([readFixtureFile('../hostile/script-in-strings.csv')]);
    if (!r.ok) throw new Error('fixture must load');
    const out = toCsv(r.graph).nodes;
    expect(out).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(out).not.toMatch(/(^|,)[=+@]/m);
    const again = importFiles([{ name: 'n.csv', text: out }]);
    expect(again.ok && again.graph.nodeById.get('y')?.label.en).toBe(
      '=HYPERLINK("http://evil.example")',
    );
  });
});
