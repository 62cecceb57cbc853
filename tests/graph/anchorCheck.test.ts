import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../src/graph/anchor';
import { normalisedText } from '../../src/schema/text';
import { loadGraphValue } from '../../src/graph/load';
import { plain } from '../../src/graph/plain';
import { toGraphFile } from '../../src/formats/export';
import { say } from '../support/problems';
import { shippedGraph } from './shippedGraph';

const shipped = shippedGraph();
const text = normalisedText(shipped.sources.get('article')?.text ?? '');

describe('the shipped data, anchored', () => {
  it('carries the article, and every one of its 70 quotes resolves where its selector says', () => {
    expect(text.length).toBeGreaterThan(2000);
    const evidence = shipped.edges.flatMap((e) => e.provenance);
    expect(evidence).toHaveLength(70);
    for (const p of evidence) {
      expect(p.selector?.exact).toBe(p.quote);
      expect(anchorQuote(text, p.selector!, { fuzzy: false })?.how).toBe('position');
      // Uniquely: the words occur once, so even without positions nothing else could match.
      expect(text.split(p.quote)).toHaveLength(2);
    }
  });
});

describe('loading quotes against their source', () => {
  const file = () =>
    plain(toGraphFile(shipped)) as { edges: { provenance: Record<string, unknown>[] }[] };

  it('refuses a selector whose exact text is not the quote, at its place', () => {
    const f = file();
    f.edges[2]!.provenance[0]!.selector = {
      exact: 'कुछ और',
      prefix: '',
      suffix: '',
      start: 0,
      end: 5,
    };
    const r = loadGraphValue(f);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map(say)).toEqual([
        "edges[2].provenance[0].selector.exact: the selector's exact text is not the quote; they must be the same",
      ]);
  });

  it('warns of a quote its source does not hold, and of a selector that no longer points at it', () => {
    const f = file();
    const moved = f.edges[3]!.provenance[0]!;
    moved.selector = { ...(moved.selector as object), start: 0, end: 10 };
    const missing = f.edges[5]!.provenance[0]!;
    missing.quote = 'यह वाक्य लेख में नहीं है.';
    delete missing.selector;
    const r = loadGraphValue(f);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings.map(say)).toEqual([
        'edges[3].provenance[0].selector: the quote is in source "article", but not where its selector says; it was found by its words',
        'edges[5].provenance[0].quote: the quote is not in the text of source "article"',
      ]);
  });

  it('refuses a source text over 2 MiB, naming the limit', () => {
    const f = file() as unknown as { sources: Record<string, unknown>[] };
    // Devanagari is three bytes a letter in UTF-8: under the limit in characters, over in bytes.
    f.sources[0]!.text = 'क'.repeat(Math.ceil((2 * 1024 * 1024) / 3) + 1);
    const r = loadGraphValue(f);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map(say)).toEqual([
        "sources[0].text: the source's text is 2.0 MiB + 4 bytes, over the limit of 2.0 MiB for one source",
      ]);
  });
});
