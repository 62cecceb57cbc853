import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from '../../src/schema/jsonSyntax';

describe('findJsonSyntaxError', () => {
  it('accepts exactly what JSON.parse accepts on a range of samples', () => {
    const samples = [
      '{}',
      '[]',
      '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"]}',
      ' [ {"a" : {} } ] ',
      '"s"',
      '0',
      '{',
      '[1,]',
      '{"a":1,}',
      '{a:1}',
      "{'a':1}",
      '[01]',
      '[1.]',
      'tru',
      '"\\x"',
      '"a\nb"',
      '[1 2]',
      '{"a" 1}',
      '[] []',
      'nul',
      '-',
      '"\\u12G4"',
      '{"a":1}}',
    ];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(s) === null, s).toBe(valid);
    }
  });

  it('points at the offending character with a reason', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      offset: 19,
      expected: 'value',
      found: '"t"',
    });
    expect(findJsonSyntaxError('{ "id": "a", }')).toEqual({
      offset: 13,
      expected: 'propertyName',
      found: '"}"',
    });
    expect(findJsonSyntaxError('[1, 2')).toEqual({ offset: 5, expected: 'more', found: 'EOF' });
  });

  it('copes with very deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(300_000))).toEqual({
      offset: 300_000,
      expected: 'more',
      found: 'EOF',
    });
  });
});
