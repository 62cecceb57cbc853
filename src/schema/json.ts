import { LIMITS } from './limits';
import { byteLengthOver } from './text';
import { findJsonSyntaxError } from './jsonSyntax';
import { empty, problem, tooLarge, type Problem } from './problems';
import { reservedKeyProblems } from './reserved';

export type JsonResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Parses JSON text: the one place JSON from outside becomes a value. In: any string. Out: the
 * value, or its problems: the size, emptiness, the first syntax error with line and column, or
 * every key that would reach an object's prototype (scanned here once, before anything copies
 * the value). A leading byte-order mark is ignored. Never throws.
 */
export function parseJsonText(input: string, maxBytes: number = LIMITS.maxBytes): JsonResult {
  const size = byteLengthOver(input, maxBytes);
  if (size !== null) return { ok: false, problems: [tooLarge(size, maxBytes)] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problems: [empty()] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Nesting deeper than the engine's stack: the one engine error that is not a syntax error.
    if (error instanceof RangeError) return { ok: false, problems: [problem('json.tooDeep', {})] };
    const found = findJsonSyntaxError(text);
    if (!found)
      return { ok: false, problems: [problem('input.unreadable', { detail: String(error) })] };
    const { line, column } = lineColumnAt(text, found.offset);
    const params = { expected: found.expected, found: found.found };
    return { ok: false, problems: [problem('json.syntax', params, { line, column })] };
  }
  const reserved = reservedKeyProblems(value);
  return reserved.length ? { ok: false, problems: reserved } : { ok: true, value };
}
