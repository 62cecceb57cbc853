import { describe, expect, it } from 'vitest';
import { storyBrief, viewBrief } from '../../src/graph/brief';
import { applyCommand } from '../../src/graph/commands';
import { addSource, addEvidence, joined } from '../../src/graph/edits';
import { editStep } from '../../src/graph/stories';
import { briefMarkdown } from '../../src/formats/markdown';
import { shippedGraph } from './shippedGraph';

const shipped = shippedGraph();
const words = {
  sources: 'Sources',
  translation: 'English rendering',
  published: 'published',
  noOutlet: 'outlet not stated',
  noDate: 'date not stated',
};

describe('a brief', () => {
  it('of a story: a section per step, its caption the claim, its quotes under it', () => {
    const brief = storyBrief(shipped, 'delhi-meetings')!;
    expect(brief.sections.map((s) => s.title?.en)).toHaveLength(6);
    const third = brief.sections[2]!;
    expect(third.claims[0]!.text.en).toMatch(/^The delegation met Aditi Puri of JICA\./);
    expect(third.claims[0]!.quotes.map((q) => q.note)).toEqual([1, 1, 1]);
    // The article does not name its outlet or date: the brief says so in its own words.
    expect(brief.notes.map((n) => [n.n, n.outlet, n.published])).toEqual([[1, null, null]]);
    expect(briefMarkdown(brief, 'en', words)).toContain(
      `1. ${shipped.sources.get('article')!.title.en}, outlet not stated, date not stated\n`,
    );
    expect(storyBrief(shipped, 'nope')).toBeNull();
  });

  it('a step without a caption claims its title', () => {
    const r = applyCommand(
      shipped,
      editStep(shipped, 'delhi-meetings', 0, { caption: undefined })!,
    );
    if (!r.ok) throw new Error('refused');
    expect(storyBrief(r.graph, 'delhi-meetings')!.sections[0]!.claims[0]!.text.en).toBe(
      "The Chief Minister's direction",
    );
  });

  it('numbers sources in the order first cited', () => {
    const source = addSource(shipped, {
      kind: 'web-page',
      language: 'en',
      title: { en: 'A second source', hi: 'दूसरा स्रोत' },
      outlet: 'Example',
      published: '2025-07',
      url: 'https://news.example/a',
    });
    const edge = shipped.edgeById.get('e-jica-appreciated-gov-jharkhand')!;
    const r = applyCommand(
      shipped,
      joined(
        source.command.name,
        source.command,
        addEvidence(shipped, edge.id, { source: source.id, quote: 'JICA praised [it] *warmly*' }),
      ),
    );
    if (!r.ok) throw new Error('refused');
    const brief = viewBrief(r.graph, null, [
      { title: null, edges: [r.graph.edgeById.get(edge.id)!] },
    ]);
    expect(brief.notes.map((n) => [n.n, n.title.en])).toEqual([
      [1, shipped.sources.get('article')!.title.en],
      [2, 'A second source'],
    ]);
    const text = briefMarkdown(brief, 'en', words);
    expect(text).toContain('> JICA praised \\[it\\] \\*warmly\\* [2]\n');
    expect(text).toContain(
      '2. A second source, Example, published 2025-07, <https://news.example/a>',
    );
    expect(briefMarkdown(brief, 'hi', words)).toContain(
      'जापानी अंतर्राष्ट्रीय सहयोग एजेंसी (JICA) — के प्रयासों की सराहना की — झारखंड सरकार',
    );
  });
});
