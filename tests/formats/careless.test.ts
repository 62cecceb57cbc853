import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { normaliseLineEndings } from '../../src/formats/text';
import { formatProblem } from '../../src/i18n/problems';
import { toCsv } from '../../src/formats/exportCsv';
import type { ImportResult } from '../../src/formats/importGraph';

const lines = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => formatProblem(p, 'en')));
const labels = (r: ImportResult) => (r.ok ? r.graph.nodes.map((n) => n.label.en) : null);

describe('line endings (issue #10)', () => {
  it('reads every row of a CSV that mixes CRLF and LF', () => {
    const r = importFiles([{ name: 'n.csv', text: 'id,label\r\na,A\r\nb,B\nc,C\r\nd,D\r\n' }]);
    expect(labels(r)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('places problems on the right line whether lines end in CR, LF or CRLF', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const csv = ['id,label', 'a,A', 'b,B,extra', ''].join(eol);
      expect(lines(importFiles([{ name: 'n.csv', text: csv }])), JSON.stringify(eol)).toEqual([
        'n.csv: line 3: the row has 3 cells but there are 2 columns; a line break or a quote is probably missing',
      ]);
      const json = ['{', '  "nodes": [', '    oops', '  ]', '}'].join(eol);
      expect(lines(importFiles([{ name: 'g.json', text: json }]))[0]).toMatch(/^g\.json: line 3, /);
      const xml = [
        '<graphml>',
        '<graph>',
        '<node id="a">&#1;</node>',
        '</graph>',
        '</graphml>',
      ].join(eol);
      expect(lines(importFiles([{ name: 'g.graphml', text: xml }]))).toEqual([
        'g.graphml: line 3, column 14: &#1; is not a character XML allows; remove it',
      ]);
    }
  });

  it('normalises any mix of endings to LF, keeping every line and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', ' '), minLength: 1 }),
            fc.constantFrom('\r', '\n', '\r\n'),
          ),
        ),
        (parts) => {
          const text = parts.map(([line, eol]) => line + eol).join('');
          const out = normaliseLineEndings(text);
          expect(out).not.toContain('\r');
          expect(out).toBe(parts.map(([line]) => `${line}\n`).join(''));
        },
      ),
    );
  });
});

describe('CSV rows under any line endings', () => {
  it('reads every row, in order, whatever ending each line has', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/), fc.constantFrom('\r', '\n', '\r\n')),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const ids = rows.map(([id], i) => `${id}${i}`);
          const text = `id,label\r\n${rows.map(([, eol], i) => `${ids[i]},"L ${i}"${eol}`).join('')}`;
          const r = importFiles([{ name: 'n.csv', text }]);
          expect(r.ok && r.graph.nodes.map((n) => n.id)).toEqual(ids);
        },
      ),
    );
  });
});

describe('GraphML character references', () => {
  it('decodes decimal and hexadecimal references, in text and attributes', () => {
    const text = `<graphml><key id="l" for="node" attr.name="label"/><graph>
      <node id="a"><data key="l">Caf&#233; &#x263A; &amp;#233;</data></node>
    </graph></graphml>`;
    expect(labels(importFiles([{ name: 'g.graphml', text }]))).toEqual(['Café ☺ &#233;']);
  });
});

describe('careless files, each with one exact message', () => {
  it('twelve CSV files are too many files, whatever their rows', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `n${i}`).join('\n');
    const files = Array.from({ length: 12 }, (_, i) => ({
      name: `f${i}.csv`,
      text: `id\n${rows}`,
    }));
    expect(lines(importFiles(files))).toEqual([
      '12 files were given; choose one graph file (Stakeholder Graph JSON, Cytoscape JSON, node-link JSON (networkx, d3), GraphML or GEXF (Gephi): .json, .cyjs, .graphml, .xml, .gexf), or a nodes CSV and an edges CSV',
    ]);
  });

  // Seconds of work by nature (100,000 records checked); a loaded machine must not fail it.
  it('400,000 schema problems are reported, not a stack overflow', { timeout: 60_000 }, () => {
    const edges = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      source: 'a',
      target: 'a',
      relation: 'r',
      label: 5,
      x: 1,
    }));
    const text = JSON.stringify({
      format: 'stakeholder-graph',
      version: 1,
      meta: { title: { en: 'x' } },
      sectors: [],
      relations: [],
      nodes: [],
      edges,
    });
    const r = importFiles([{ name: 'x.json', text }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.length).toBe(400_000);
    expect(formatProblem(r.problems[0]!, 'en')).toBe(
      'x.json: edges[0].label: expected object, got 5',
    );
  });

  it('an attribute key that is reserved once trimmed is refused, so our CSV can always read back what we export', () => {
    const doc = (key: string) =>
      JSON.stringify({
        format: 'stakeholder-graph',
        version: 1,
        meta: { title: { en: 'x' } },
        sectors: [],
        relations: [],
        nodes: [
          { id: 'a', type: 'person', label: { en: 'A' }, sectors: [], attributes: { [key]: 1 } },
        ],
        edges: [],
      });
    expect(lines(importFiles([{ name: 'g.json', text: doc('__proto__ ') }]))).toEqual([
      'g.json: nodes[0].attributes["__proto__ "]: must not start or end with white space',
    ]);
    const fine = importFiles([{ name: 'g.json', text: doc('weight') }]);
    if (!fine.ok) throw new Error('must load');
    const csv = toCsv(fine.graph);
    const back = importFiles([
      { name: 'nodes.csv', text: csv.nodes },
      { name: 'edges.csv', text: csv.edges },
    ]);
    expect(back.ok).toBe(true);
  });
});
