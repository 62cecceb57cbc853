import { describe, expect, it } from 'vitest';
import { applyCommand, inverseOf } from '../../src/graph/commands';
import { addEvidence } from '../../src/graph/edits';
import { selectorFor } from '../../src/graph/anchor';
import { citationCounts, namesIn, readSource, segmentsOf } from '../../src/graph/sources';
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

describe('capturing a passage', () => {
  it('finds the nodes a passage names, in either script, in the order it names them', () => {
    const passage =
      'उद्योग सचिव ने जापान एक्सटर्नल ट्रेड ऑर्गनाइजेशन (JETRO) इंडिया के मुख्य महानिदेशक सुजुकी ताकाशी से भी मुलाकात की.';
    expect(namesIn(shipped, passage)).toEqual(['jetro', 'japan', 'jetro-india', 'suzuki-takashi']);
    // Without its Hindi label or an alias, a name is still found by its consonant skeleton.
    expect(namesIn(shipped, 'Meeting with Sujuki Takashi')).toContain('suzuki-takashi');
    expect(namesIn(shipped, 'कुछ नहीं')).toEqual([]);
  });

  it('adds the passage as evidence in one step that undo takes back whole', () => {
    const read = readSource(shipped, 'article')!;
    const from = read.text.indexOf('नए निवेश व तकनीकी सहयोग');
    const selector = selectorFor(read.text, from, from + 'नए निवेश व तकनीकी सहयोग'.length);
    const edge = 'e-jica-appreciated-gov-jharkhand';
    const command = addEvidence(shipped, edge, {
      source: 'article',
      quote: selector.exact,
      selector,
    })!;
    const r = applyCommand(shipped, command);
    if (!r.ok) throw new Error('refused');
    expect(r.graph.edgeById.get(edge)!.provenance.at(-1)?.selector).toEqual(selector);
    expect(readSource(r.graph, 'article')!.passages).toHaveLength(20);
    const back = applyCommand(r.graph, inverseOf(r.command));
    if (!back.ok) throw new Error('refused');
    expect(back.graph.edgeById.get(edge)).toEqual(shipped.edgeById.get(edge));
    // A quote that is not the selector's words is refused, and nothing changes.
    const wrong = addEvidence(shipped, edge, { source: 'article', quote: 'और कुछ', selector })!;
    expect(applyCommand(shipped, wrong).ok).toBe(false);
  });
});
