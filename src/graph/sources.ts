import { normalisedText } from '../schema/text';
import { anchorQuote, type Anchor } from './anchor';
import { skeleton, wordSkeletons } from './skeleton';
import type { GraphModel } from './model';

/** One piece of evidence: the relationship and the place in its list. */
export interface Cite {
  readonly edge: string;
  readonly index: number;
}

/** A stretch of a source's text that evidence quotes, with every piece of evidence quoting it. */
export interface Passage {
  readonly from: number;
  readonly to: number;
  /** The worst of how its quotes were found: an approximate one marks the passage. */
  readonly how: Anchor['how'];
  readonly cites: readonly Cite[];
}

/** A source's text as the reader shows it, and what is cited in it. */
export interface SourceReading {
  readonly text: string;
  readonly passages: readonly Passage[];
  /** Evidence citing the source that its text does not hold, not even approximately. */
  readonly unfound: readonly Cite[];
}

const ORDER: Record<Anchor['how'], number> = { position: 0, quote: 1, approximate: 2 };

/**
 * A source's text with the passages its evidence quotes, in reading order (one passage per
 * distinct stretch, however many relationships cite it). Out: null when the graph does not
 * carry the source's text.
 */
export function readSource(graph: GraphModel, sourceId: string): SourceReading | null {
  const raw = graph.sources.get(sourceId)?.text;
  if (raw === undefined) return null;
  const text = normalisedText(raw);
  const byRange = new Map<
    string,
    { from: number; to: number; how: Anchor['how']; cites: Cite[] }
  >();
  const unfound: Cite[] = [];
  for (const edge of graph.edges)
    edge.provenance.forEach((p, index) => {
      if (p.source !== sourceId) return;
      const found = anchorQuote(text, p.selector ?? { exact: p.quote });
      if (!found) return void unfound.push({ edge: edge.id, index });
      const key = `${found.from}:${found.to}`;
      const passage = byRange.get(key) ?? {
        from: found.from,
        to: found.to,
        how: found.how,
        cites: [],
      };
      if (ORDER[found.how] > ORDER[passage.how]) passage.how = found.how;
      passage.cites.push({ edge: edge.id, index });
      byRange.set(key, passage);
    });
  const passages = [...byRange.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  return { text, passages, unfound };
}

/** How much of the graph cites each source: pieces of evidence and relationships. */
export function citationCounts(
  graph: GraphModel,
): ReadonlyMap<string, { readonly evidence: number; readonly relationships: number }> {
  const out = new Map<string, { evidence: number; edges: Set<string> }>();
  for (const edge of graph.edges)
    for (const p of edge.provenance) {
      const c = out.get(p.source) ?? { evidence: 0, edges: new Set<string>() };
      c.evidence++;
      c.edges.add(edge.id);
      out.set(p.source, c);
    }
  return new Map(
    [...out].map(([id, c]) => [id, { evidence: c.evidence, relationships: c.edges.size }]),
  );
}

/** A stretch of text, and the passages that cover it (none for plain text between them). */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly passages: readonly number[];
}

/**
 * The text cut where any passage starts or ends, so overlapping passages can be drawn: each
 * segment lists the passages (by index) that cover it.
 */
export function segmentsOf(length: number, passages: readonly Passage[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const p of passages) cuts.add(p.from).add(p.to);
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = passages.flatMap((p, k) => (p.from <= from && p.to >= to ? [k] : []));
    out.push({ from, to, passages: covering });
  }
  return out;
}

/**
 * The nodes a passage names, in the order it names them: a label or alias found in it as
 * written (either script, any case), or one whose words' consonant skeletons follow each other
 * in the passage, so "Suzuki Takashi" is found in "सुजुकी ताकाशी" without an alias.
 */
export function namesIn(graph: GraphModel, passage: string, max = 8): string[] {
  const text = passage.normalize('NFC').toLowerCase();
  const words = [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({
    at: m.index,
    key: skeleton(m[0]),
  }));
  const keys = words.map((w) => w.key);
  const found: { id: string; at: number }[] = [];
  for (const node of graph.nodes) {
    const names = [node.label.en, node.label.hi, ...(node.aliases ?? [])].filter(
      (n): n is string => typeof n === 'string' && n.trim().length >= 2,
    );
    let at = Infinity;
    for (const name of names) {
      const direct = text.indexOf(name.normalize('NFC').toLowerCase());
      if (direct !== -1) at = Math.min(at, direct);
      const seq = wordSkeletons(name);
      // Too short a skeleton matches by chance; a name of several words, or a long one, does not.
      if (seq.join('').length < 4) continue;
      for (let i = 0; i + seq.length <= keys.length; i++)
        if (seq.every((k, j) => keys[i + j] === k)) {
          at = Math.min(at, words[i]!.at);
          break;
        }
    }
    if (at !== Infinity) found.push({ id: node.id, at });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, max)
    .map((f) => f.id);
}
