import approxSearch from 'approx-string-match';
import { normalisedText } from '../schema/text';

/**
 * Where a quote sits in its source: a W3C TextQuoteSelector (the quote with some text either
 * side) and a TextPositionSelector (start and end in Unicode code points of the source text
 * after NFC normalisation and LF line endings). Either half alone can find the quote again.
 */
export interface TextSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/** A quote found: UTF-16 offsets into the normalised text, and how it was found. */
export interface Anchor {
  readonly from: number;
  readonly to: number;
  /** `position`: where the selector said; `quote`: its words elsewhere; `approximate`: alike. */
  readonly how: 'position' | 'quote' | 'approximate';
}

/** Characters kept either side of a quote, as annotation tools keep them. */
export const CONTEXT_CHARS = 32;

/** Code points before a UTF-16 offset: Devanagari is one unit each, but emoji are two. */
export function codePointsBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) i++;
    count++;
  }
  return count;
}

/** The UTF-16 offset of a code point count, or null past the end. */
export function offsetOfCodePoint(text: string, points: number): number | null {
  let i = 0;
  for (let n = 0; n < points; n++) {
    if (i >= text.length) return null;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/**
 * The selector for a span of a normalised text (UTF-16 offsets, as a DOM selection gives).
 * Always holds: `anchorQuote(text, selectorFor(text, a, b))` is `{ from: a, to: b }`.
 */
export function selectorFor(text: string, from: number, to: number): TextSelector {
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_CHARS), from),
    suffix: text.slice(to, to + CONTEXT_CHARS),
    start: codePointsBefore(text, from),
    end: codePointsBefore(text, to),
  };
}

/**
 * Finds a quote in a normalised text the way annotation tools do (Hypothesis is the model):
 * the positions first, then the exact words with the context deciding between repeats, then
 * the most alike passage, marked approximate. Out: null if nothing is alike enough.
 */
export function anchorQuote(
  text: string,
  selector: Pick<TextSelector, 'exact'> & Partial<TextSelector>,
  { fuzzy = true }: { fuzzy?: boolean } = {},
): Anchor | null {
  const exact = normalisedText(selector.exact);
  if (exact === '') return null;
  if (selector.start !== undefined && selector.end !== undefined) {
    const from = offsetOfCodePoint(text, selector.start);
    const to = offsetOfCodePoint(text, selector.end);
    if (from !== null && to !== null && text.slice(from, to) === exact)
      return { from, to, how: 'position' };
  }
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  const best = bestByContext(text, found, exact.length, selector);
  if (best !== null) return { from: best, to: best + exact.length, how: 'quote' };
  if (!fuzzy) return null;
  const near = alike(text, exact, selector);
  return near && { from: near.from, to: near.to, how: 'approximate' };
}

function bestByContext(
  text: string,
  starts: readonly number[],
  length: number,
  selector: Partial<TextSelector>,
): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  const expected = selector.start;
  for (const at of starts) {
    const score =
      commonSuffix(text.slice(Math.max(0, at - CONTEXT_CHARS), at), selector.prefix ?? '') +
      commonPrefix(text.slice(at + length, at + length + CONTEXT_CHARS), selector.suffix ?? '') -
      (expected === undefined ? 0 : Math.abs(at - expected) / Math.max(1, text.length));
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  return best;
}

/**
 * The passage most like a quote, allowing errors up to half its length, with how alike it is
 * (0 to 1). What validation names as the nearest passage when a quote is not found.
 */
export function alike(
  text: string,
  exact: string,
  selector: Partial<TextSelector> = {},
): { from: number; to: number; likeness: number } | null {
  if (exact === '') return null;
  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  const matches = approxSearch(text, exact, maxErrors);
  let best: { from: number; to: number; likeness: number } | null = null;
  let bestScore = -Infinity;
  for (const m of matches) {
    const context =
      commonSuffix(
        text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start),
        selector.prefix ?? '',
      ) + commonPrefix(text.slice(m.end, m.end + CONTEXT_CHARS), selector.suffix ?? '');
    const likeness = 1 - m.errors / exact.length;
    // The words weigh most; the context decides between near equals.
    const score = 50 * likeness + (20 * context) / (2 * CONTEXT_CHARS);
    if (score > bestScore) [best, bestScore] = [{ from: m.start, to: m.end, likeness }, score];
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
