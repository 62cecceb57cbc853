import { describe, expect, it } from 'vitest';
import { citationCounts, readSource, segmentsOf } from '../../src/graph/sources';
import { shippedGraph, undrawnShippedGraph } from './shippedGraph';

const shipped = shippedGraph();

describe('a source as the reader shows it', () => {
  it('holds the article with one passage per quoted stretch, in reading order', () => {
    const read = readSource(shipped, 'article')!;
    expect(read.passages).toHaveLength(19);
    expect(read.unfound).toEqual([]);
    expect(read.passages.reduce((n, p) => n + p.cites.length, 0)).toBe(70);
    for (let i = 1; i < read.passages.length; i++)
      expect(read.passages[i]!.from).toBeGreaterThanOrEqual(read.passages[i - 1]!.to);
    for (const p of read.passages)
      for (const c of p.cites)
        expect(read.text.slice(p.from, p.to)).toBe(
          shipped.edgeById.get(c.edge)!.provenance[c.index]!.quote,
        );
    expect(readSource(shipped, 'nothing')).toBeNull();
  });

  it('counts what cites each source', () => {
    expect(citationCounts(shipped).get('article')).toEqual({ evidence: 70, relationships: 59 });
    expect(undrawnShippedGraph().sources.get('article')?.text).toBeDefined();
  });

  it('cuts overlapping passages into segments that say what covers them', () => {
    const passages = [
      { from: 2, to: 6, how: 'position' as const, cites: [] },
      { from: 4, to: 8, how: 'quote' as const, cites: [] },
    ];
    expect(segmentsOf(10, passages)).toEqual([
      { from: 0, to: 2, passages: [] },
      { from: 2, to: 4, passages: [0] },
      { from: 4, to: 6, passages: [0, 1] },
      { from: 6, to: 8, passages: [1] },
      { from: 8, to: 10, passages: [] },
    ]);
  });
});
