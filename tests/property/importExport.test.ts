import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toGraphFile } from '../../src/formats/export';
import { toCsv } from '../../src/formats/exportCsv';
import { importFiles, type ImportResult } from '../../src/formats/importGraph';
import { loadGraphValue } from '../../src/graph/load';
import { formatProblem } from '../../src/i18n/problems';
import { contentOf } from '../support/graphContent';
import { graphFile } from './arbitraries';

const names = fc.constantFrom('g.json', 'g.cyjs', 'g.graphml', 'g.csv', 'g', 'g.xml');

/**
 * Loaded whole, or refused with problems that each say something in both languages, none of
 * them a fault report. The importer is called bare: a throw fails the property, and so would a
 * catch-all that turned a fault into an `input.internal` problem.
 */
function wellFormed(r: ImportResult): boolean {
  if (r.ok)
    return (
      r.graph.nodeById.size === r.graph.nodes.length &&
      r.graph.edges.every((e) => r.graph.nodeById.has(e.source) && r.graph.nodeById.has(e.target))
    );
  return (
    r.problems.length > 0 &&
    r.problems.every(
      (p) =>
        p.code !== 'input.internal' &&
        formatProblem(p, 'en').length > 0 &&
        formatProblem(p, 'hi').length > 0,
    )
  );
}

describe('any input either loads or yields located errors, and never throws', () => {
  it('holds for arbitrary text under any file name', () => {
    fc.assert(
      fc.property(names, fc.string({ maxLength: 400 }), (name, text) =>
        wellFormed(importFiles([{ name, text }])),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('holds for arbitrary JSON and arbitrary values', () => {
    fc.assert(
      fc.property(fc.json(), (text) => wellFormed(importFiles([{ name: 'x.json', text }]))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = loadGraphValue(value);
        return r.ok ? r.graph.nodes.length === r.graph.nodeById.size : r.problems.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('holds for arbitrary CSV and XML-ish text', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('id', 'from', 'to', '"', '""', '__proto__', '\n'),
    );
    const csv = fc
      .array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 })
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(csv, csv, (a, b) =>
        wellFormed(
          importFiles([
            { name: 'n.csv', text: a },
            { name: 'e.csv', text: b },
          ]),
        ),
      ),
      { numRuns: 300 },
    );
    const tag = fc.constantFrom(
      '<graphml>',
      '</graphml>',
      '<graph>',
      '</graph>',
      '<node id="a">',
      '</node>',
      '<edge source="a" target="b"/>',
      '<data key="k">x</data>',
      '<key id="k" for="node" attr.name="label"/>',
      '&amp;',
      '<!-- c -->',
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 12 }), (parts) =>
        wellFormed(importFiles([{ name: 'g.graphml', text: parts.join('') }])),
      ),
      { numRuns: 300 },
    );
  });

  it('holds for valid files with one field broken', () => {
    fc.assert(
      fc.property(graphFile, fc.nat(), fc.anything(), (file, at, junk) => {
        const text = JSON.stringify(file);
        const keys = [...text.matchAll(/"([a-z]+)":/g)].map((m) => m[1] ?? '');
        const key = keys[at % keys.length];
        const broken = key
          ? text.replace(`"${key}":`, `"${key}":${JSON.stringify(junk) ?? 'null'},"_${key}":`)
          : text;
        return wellFormed(importFiles([{ name: 'g.json', text: broken }]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('export then import is the identity on valid graphs', () => {
  it('through the project’s JSON format', () => {
    fc.assert(
      fc.property(graphFile, (file) => {
        const first = loadGraphValue(file);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const text = JSON.stringify(toGraphFile(first.graph));
        const again = importFiles([{ name: 'g.json', text }]);
        expect(again.ok).toBe(true);
        if (again.ok) expect(contentOf(again.graph)).toEqual(contentOf(first.graph));
      }),
      { numRuns: 150 },
    );
  });

  it('through CSV, for ids, ends, names and types', () => {
    fc.assert(
      fc.property(graphFile, (file) => {
        const first = loadGraphValue(file);
        if (!first.ok) throw new Error('generated files are valid');
        const csv = toCsv(first.graph);
        const again = importFiles([
          { name: 'n.csv', text: csv.nodes },
          { name: 'e.csv', text: csv.edges },
        ]);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        const shape = (n: { id: string; label: { en: string }; type: string }) => [
          n.id,
          n.label.en,
          n.type,
        ];
        expect(again.graph.nodes.map(shape)).toEqual(first.graph.nodes.map(shape));
        const ends = (e: { id: string; source: string; target: string }) => [
          e.id,
          e.source,
          e.target,
        ];
        expect(again.graph.edges.map(ends)).toEqual(first.graph.edges.map(ends));
      }),
      { numRuns: 100 },
    );
  });
});
