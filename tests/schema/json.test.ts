import { describe, expect, it } from 'vitest';
import { lineColumnAt, parseJsonText } from '../../src/schema/json';
import { byteLengthOver } from '../../src/schema/text';
import { formatPath } from '../../src/schema/problems';
import { message, say } from '../support/problems';

describe('parseJsonText', () => {
  it('parses JSON and ignores a byte-order mark', () => {
    expect(parseJsonText('\uFEFF{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  it('locates a syntax error by line and column', () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": tru\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(say)).toEqual([
        'line 3, column 8: malformed JSON: expected a value; unexpected "t"',
      ]);
    }
  });

  it('places a truncated document at its end', () => {
    const result = parseJsonText('{\n  "a": [1, 2');
    expect(result.ok || result.problems.map((p) => [p.line, p.column])).toEqual([[2, 13]]);
  });

  it('says an empty file is empty', () => {
    for (const text of ['', '   \n', '\uFEFF']) {
      const result = parseJsonText(text);
      expect(result.ok || result.problems.map(say)).toEqual(['the file is empty']);
    }
  });

  it('reads deep nesting or refuses it, but never throws', () => {
    expect(() => parseJsonText('['.repeat(500_000) + ']'.repeat(500_000))).not.toThrow();
    const open = parseJsonText('['.repeat(500_000));
    expect(open.ok || open.problems.map(message)).toEqual([
      'malformed JSON: the file ends too early',
    ]);
  });
});

describe('byteLengthOver and lineColumnAt', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(byteLengthOver('हिन्दी', 17)).toBe(18); // 6 characters, 18 bytes
    expect(byteLengthOver('हिन्दी', 18)).toBeNull();
  });
  it('counts lines from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and quotes odd keys', () => {
    expect(formatPath(['edges', 12, 'target'])).toBe('edges[12].target');
    expect(formatPath(['attributes', 'two words'])).toBe('attributes["two words"]');
  });
});
