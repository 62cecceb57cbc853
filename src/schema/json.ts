import { LIMITS, formatBytes } from './limits';
import { findJsonSyntaxError } from './jsonSyntax';
import type { Problem } from './problems';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** True for a JSON object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Cheap size check before any parsing: a JavaScript string's length never exceeds its UTF-8
 * byte count, so only borderline texts are encoded to measure them exactly.
 */
export function byteLengthOver(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

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
 * Parses JSON text. In: any string. Out: the value, or one problem with line and column.
 * Never throws: engine errors (including stack overflow on deep nesting) become problems.
 * A leading byte-order mark is ignored.
 */
export function parseJsonText(input: string, maxBytes: number = LIMITS.maxBytes): JsonResult {
  if (byteLengthOver(input, maxBytes))
    return {
      ok: false,
      problem: {
        path: '',
        message: `the file is larger than the limit of ${formatBytes(maxBytes)}`,
      },
    };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problem: { path: '', message: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError)
      return { ok: false, problem: { path: '', message: 'the JSON is nested too deeply to read' } };
    const found = findJsonSyntaxError(text);
    const offset = found?.offset ?? 0;
    const reason = found?.reason ?? (error instanceof Error ? error.message : String(error));
    const { line, column } = lineColumnAt(text, offset);
    return { ok: false, problem: { path: '', line, column, message: `malformed JSON: ${reason}` } };
  }
}
