import type { JsonExpectation } from './problems';

/**
 * Where and why a text is not JSON: what was expected there, and what was found (a character
 * as JSON, `EOL` for a line break, `EOF` where the text ends).
 */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly expected: JsonExpectation;
  readonly found: string;
}

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const number = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const hex4 = /[0-9a-fA-F]{4}/y;

function foundAt(text: string, i: number): string {
  const ch = text[i];
  if (ch === undefined) return 'EOF';
  return ch === '\n' ? 'EOL' : JSON.stringify(ch);
}

/**
 * Finds the first JSON syntax error, the same way for every engine (their own messages differ
 * and some carry no position). In: any text. Out: the offset, what was expected and what was found, or null when the
 * text is JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const n = text.length;
  const stack: number[] = []; // 123 '{' or 91 '['
  let i = 0;
  const skip = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const fail = (expected: JsonExpectation): JsonSyntaxError => ({
    offset: i,
    expected,
    found: foundAt(text, i),
  });

  const readString = (): JsonSyntaxError | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return null;
      }
      if (c < 32) return fail('noControlInString');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          hex4.lastIndex = i + 2;
          if (!hex4.test(text)) return fail('unicodeEscape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return fail('escape');
      } else i++;
    }
    return { offset: n, expected: 'closedString', found: 'EOF' };
  };

  // expect: 0 value, 1 key or '}', 2 key, 3 ':', 4 ',' or close, 5 value or ']'
  let expect = 0;
  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    if (i >= n) {
      return stack.length === 0 && expect === 4
        ? null
        : { offset: n, expected: 'more', found: 'EOF' };
    }
    if (expect === 4) {
      const top = stack.at(-1);
      if (top === undefined) return fail('endOfFile');
      const close = top === 123 ? 125 : 93;
      if (c === 44) {
        i++;
        expect = top === 123 ? 2 : 0;
      } else if (c === close) {
        i++;
        stack.pop();
        expect = 4;
      } else return fail(top === 123 ? 'commaOrBrace' : 'commaOrBracket');
      continue;
    }
    if (expect === 3) {
      if (c !== 58) return fail('colon');
      i++;
      expect = 0;
      continue;
    }
    if (expect === 1 || expect === 2) {
      if (c === 125 && expect === 1) {
        i++;
        stack.pop();
        expect = 4;
        continue;
      }
      if (c !== 34) return fail('propertyName');
      const err = readString();
      if (err) return err;
      expect = 3;
      continue;
    }
    // a value (expect 0, or 5 where ']' may close an empty array)
    if (expect === 5 && c === 93) {
      i++;
      stack.pop();
      expect = 4;
      continue;
    }
    if (c === 123 || c === 91) {
      stack.push(c);
      i++;
      expect = c === 123 ? 1 : 5;
      continue;
    }
    if (c === 34) {
      const err = readString();
      if (err) return err;
    } else if (c === 45 || isDigit(c)) {
      number.lastIndex = i;
      if (!number.test(text)) return fail('number');
      i = number.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) return fail('value');
      i += word.length;
    }
    expect = 4;
  }
}
