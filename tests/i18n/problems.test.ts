import { describe, expect, it } from 'vitest';
import { importFiles } from '../../src/formats/importGraph';
import { loadGraphText } from '../../src/graph/load';
import { formatProblem, problemMessage } from '../../src/i18n/problems';
import { isLatin, localizedText } from '../../src/i18n/strings';
import { problem, tooLarge, tooMany, empty } from '../../src/schema/problems';
import { clip } from '../../src/schema/text';
import { readFixture } from '../fixtures/readFixture';

const problemsOf = (text: string) => {
  const r = loadGraphText(text);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('problems in both languages', () => {
  it('words a dangling edge in English and Hindi, with the same place', () => {
    const [first] = problemsOf(readFixture('dangling-edge.graph.json'));
    if (!first) throw new Error('expected a problem');
    expect(first.code).toBe('ref.node');
    expect(formatProblem(first, 'en')).toBe('edges[0].target: "jetro" is not a node id');
    expect(formatProblem(first, 'hi')).toBe('edges[0].target: "jetro" किसी नोड की id नहीं है');
  });

  it('writes the place in the reader’s language', () => {
    const [syntax] = problemsOf('{\n  "a": tru\n}');
    if (!syntax) throw new Error('expected a problem');
    expect(formatProblem({ ...syntax, file: 'g.json' }, 'en')).toBe(
      'g.json: line 2, column 8: malformed JSON: expected a value; unexpected "t"',
    );
    expect(formatProblem({ ...syntax, file: 'g.json' }, 'hi')).toBe(
      'g.json: पंक्ति 2, स्तंभ 8: JSON ग़लत है: यहाँ कोई मान अपेक्षित था; अनपेक्षित "t"',
    );
  });

  it('clips any one piece of a problem to 120 characters, and a file name in its middle', () => {
    const key = 'k'.repeat(1_000_000);
    const p = problem(
      'reserved.attribute',
      { kind: 'node', key },
      { file: `https://x.org/${'a'.repeat(15_000)}/g.json`, path: key },
    );
    const line = formatProblem(p, 'en');
    expect(line.length).toBeLessThan(450);
    expect(line).toMatch(/^https:\/\/x\.org\/a+…a+\/g\.json: /);
    expect(line).toContain(`${'k'.repeat(119)}…`);
  });

  it('has one helper per kind of limit, worded the same wherever it is used', () => {
    expect(problemMessage(tooLarge(21 * 1024 * 1024, 20 * 1024 * 1024), 'en')).toBe(
      'the file is 21.0 MiB, over the limit of 20.0 MiB',
    );
    expect(problemMessage(tooLarge(20 * 1024 * 1024 + 1, 20 * 1024 * 1024), 'en')).toBe(
      'the file is 20.0 MiB + 1 byte, over the limit of 20.0 MiB',
    );
    expect(problemMessage(tooLarge(20 * 1024 * 1024 + 3000, 20 * 1024 * 1024), 'hi')).toBe(
      'फ़ाइल 20.0 MiB + 2.9 KiB की है, सीमा 20.0 MiB से अधिक',
    );
    expect(problemMessage(tooLarge(null, 20 * 1024 * 1024), 'hi')).toBe(
      'फ़ाइल 20.0 MiB की सीमा से बड़ी है; डाउनलोड रोक दिया गया',
    );
    expect(problemMessage(tooMany('edges', 120_000, 100_000), 'en')).toBe(
      'has 1,20,000 edges; the limit is 1,00,000',
    );
    expect(problemMessage(tooMany('edges', 120_000, 100_000), 'hi')).toBe(
      'इसमें 1,20,000 संबंध हैं; सीमा 1,00,000 है',
    );
    expect(problemMessage(empty(), 'hi')).toBe('फ़ाइल ख़ाली है');
    // The same limit from two readers reads the same.
    const csv = importFiles([{ name: 'n.csv', text: '' }]);
    const json = importFiles([{ name: 'g.json', text: ' ' }]);
    expect(csv.ok || csv.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'n.csv: the file is empty',
    ]);
    expect(json.ok || json.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'g.json: the file is empty',
    ]);
  });

  it('translates the words a problem names: node types, counted things', () => {
    const notMeeting = problem('ref.notMeeting', { id: 'jica', type: 'organisation' });
    expect(problemMessage(notMeeting, 'en')).toBe('"jica" is an organisation, not a meeting');
    expect(problemMessage(notMeeting, 'hi')).toBe('"jica" एक संस्था है, बैठक नहीं');
  });
});

describe('clip', () => {
  it('never cuts a surrogate pair or a Devanagari syllable from its vowel sign', () => {
    expect(clip('ab😀cd', 4)).toBe('ab…');
    // "कि": क then the vowel sign ि; cutting between them would strand the sign.
    expect(clip('अकिताब', 3)).toBe('अ…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('a name without Hindi', () => {
  it('is marked English only where it is in Latin letters; another script is shown as it is', () => {
    expect(localizedText({ en: 'Suzuki', hi: 'Suzuki', hiMissing: true }, 'hi')).toBe(
      'Suzuki (EN)',
    );
    expect(localizedText({ en: '京成高砂', hi: '京成高砂', hiMissing: true }, 'hi')).toBe(
      '京成高砂',
    );
    expect(localizedText({ en: 'Café', hi: 'Café', hiMissing: true }, 'hi')).toBe('Café (EN)');
    expect(isLatin('Москва')).toBe(false);
  });
});
