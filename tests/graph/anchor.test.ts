import fc from 'fast-check';
import { normalisedText } from '../../src/schema/text';
import { describe, expect, it } from 'vitest';
import {
  alike,
  anchorQuote,
  codePointsBefore,
  offsetOfCodePoint,
  selectorFor,
} from '../../src/graph/anchor';

const article = normalisedText(
  'JICA ने जताई रुचि.\nप्रतिनिधिमंडल ने JICA से मुलाकात की. बैठक में निवेश पर चर्चा हुई.\n' +
    'प्रतिनिधिमंडल ने JETRO से मुलाकात की. बैठक में निवेश पर चर्चा हुई.\n',
);
const span = (text: string, quote: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  return selectorFor(text, at, at + quote.length);
};

describe('anchoring a quote in its source', () => {
  it('finds it at the place the selector names', () => {
    const s = span(article, 'JETRO से मुलाकात की');
    expect(s.prefix.endsWith('प्रतिनिधिमंडल ने ')).toBe(true);
    expect(anchorQuote(article, s)).toEqual({
      from: article.indexOf('JETRO से'),
      to: article.indexOf('JETRO से') + 'JETRO से मुलाकात की'.length,
      how: 'position',
    });
  });

  it('finds moved text by its words, and text edited before the quote', () => {
    const s = span(article, 'JETRO से मुलाकात की');
    const moved = `नई पंक्ति.\n${article}`;
    expect(anchorQuote(moved, s)).toMatchObject({ from: moved.indexOf('JETRO से'), how: 'quote' });
    const edited = article.replace('ने जताई रुचि', 'ने रुचि जताई और कहा');
    expect(anchorQuote(edited, s)).toMatchObject({ from: edited.indexOf('JETRO से'), how: 'quote' });
  });

  it('tells a repeated quote apart by the words around it', () => {
    const quote = 'बैठक में निवेश पर चर्चा हुई.';
    const second = span(article, quote, 1);
    const first = span(article, quote, 0);
    // The positions are gone (the text moved); only prefix and suffix can choose.
    const shifted = `शुरू. ${article}`;
    const at = (nth: number) => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = shifted.indexOf(quote, i + 1);
      return i;
    };
    expect(anchorQuote(shifted, second)?.from).toBe(at(1));
    expect(anchorQuote(shifted, first)?.from).toBe(at(0));
  });

  it('marks a passage that is only alike as approximate, and says how alike', () => {
    const misCopied = 'प्रतिनिधिमंडल ने JETRO से मुलकात की'; // one vowel sign dropped
    const found = anchorQuote(article, { exact: misCopied });
    expect(found?.how).toBe('approximate');
    expect(article.slice(found!.from, found!.to)).toContain('JETRO से');
    expect(alike(article, misCopied)!.likeness).toBeGreaterThan(0.9);
    expect(anchorQuote(article, { exact: 'पूरी तरह अलग वाक्य जो कहीं नहीं है' })).toBeNull();
    expect(anchorQuote(article, { exact: misCopied }, { fuzzy: false })).toBeNull();
  });

  it('matches Devanagari with nukta in either normal form, and CRLF sources', () => {
    // ज़ typed as one character (U+095B) and as ज with a nukta sign: NFC makes them one form.
    const precomposed = '\u095Bिला स्तर पर';
    const decomposed = '\u091C\u093Cिला स्तर पर';
    expect(precomposed).not.toBe(decomposed);
    const nfc = normalisedText(precomposed);
    const nfd = precomposed;
    const text = normalisedText(`पहला वाक्य.\r\n${decomposed} बैठक हुई.\r\n`);
    expect(text).not.toContain('\r');
    const found = anchorQuote(text, { exact: nfc });
    expect(found?.how).toBe('quote');
    expect(text.slice(found!.from, found!.to)).toBe(nfc);
    // The positions count code points of the normalised text: a CRLF counts as one.
    const s = selectorFor(text, found!.from, found!.to);
    expect(s.start).toBe('पहला वाक्य.\n'.length);
    expect(anchorQuote(text, { exact: nfd, start: s.start, end: s.end })?.how).toBe('position');
  });

  it('counts positions in code points, so text past an emoji still resolves', () => {
    const text = 'ab😀cd मुलाकात';
    const at = text.indexOf('मुलाकात');
    const s = selectorFor(text, at, text.length);
    expect(s.start).toBe(at - 1);
    expect(offsetOfCodePoint(text, s.start)).toBe(at);
    expect(codePointsBefore(text, text.length)).toBe([...text].length);
    expect(anchorQuote(text, s)?.how).toBe('position');
  });
});

describe('anchoring, for any text and span', () => {
  const word = fc.constantFrom('मुलाकात', 'JICA', 'निवेश', 'की', '.', ' ', '\n', 'ज़िला', '😀');
  const textArb = fc.array(word, { minLength: 8, maxLength: 80 }).map((w) => w.join(''));

  it('gives back the span a selector was made from', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (raw, a, b) => {
        const text = normalisedText(raw);
        const from = a % text.length;
        const to = from + 1 + (b % (text.length - from));
        // A selector never splits a surrogate pair: a DOM selection cannot.
        fc.pre(
          !/[\uD800-\uDBFF]$/.test(text.slice(0, from)) &&
            !/[\uD800-\uDBFF]$/.test(text.slice(0, to)),
        );
        expect(anchorQuote(text, selectorFor(text, from, to))).toEqual({
          from,
          to,
          how: 'position',
        });
      }),
    );
  });

  it('still finds the same words after insertions elsewhere', () => {
    const marked = fc.tuple(textArb, textArb, textArb, fc.string({ minLength: 1, maxLength: 20 }));
    fc.assert(
      fc.property(marked, fc.nat(), ([before, after, inserted, extra], where) => {
        // The quote is unique by construction, so the same words are the same place.
        const quote = 'अद्वितीय उद्धरण यहाँ';
        const text = normalisedText(`${before}${quote}${after}`);
        const s = selectorFor(text, text.indexOf(quote), text.indexOf(quote) + quote.length);
        const cut = where % (text.length + 1);
        const inQuote = cut > text.indexOf(quote) && cut < text.indexOf(quote) + quote.length;
        fc.pre(!inQuote && !`${inserted}${extra}`.includes('अद्वितीय'));
        const changed = normalisedText(text.slice(0, cut) + inserted + extra + text.slice(cut));
        fc.pre(changed.split(quote).length === 2);
        const found = anchorQuote(changed, s);
        expect(found && changed.slice(found.from, found.to)).toBe(quote);
      }),
    );
  });
});
