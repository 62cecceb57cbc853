import type { SourceFile } from '../formats/types';
import { LIMITS } from '../schema/limits';
import { problem, tooLarge, type Problem } from '../schema/problems';

export type ReadResult =
  | { readonly ok: true; readonly files: readonly SourceFile[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Decodes bytes as UTF-8, refusing anything else rather than guessing (a wrong guess would load
 * garbled names without a word). A byte-order mark is dropped. Out: text or a problem.
 */
export function decodeUtf8(
  name: string,
  bytes: ArrayBuffer,
): { ok: true; file: SourceFile } | { ok: false; problem: Problem } {
  try {
    return {
      ok: true,
      file: { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) },
    };
  } catch {
    return { ok: false, problem: problem('input.notUtf8', {}, { file: name }) };
  }
}

/**
 * Reads files the user picked or dropped. A file over the size limit is refused by its size
 * alone, before a byte of it is read. In: browser files. Out: decoded files or problems.
 */
export async function readUserFiles(files: readonly File[]): Promise<ReadResult> {
  const tooBig = files.filter((f) => f.size > LIMITS.maxBytes);
  if (tooBig.length)
    return {
      ok: false,
      problems: tooBig.map((f) => tooLarge(f.size, LIMITS.maxBytes, { file: f.name })),
    };
  const decoded = await Promise.all(
    files.map(async (f) => {
      try {
        return decodeUtf8(f.name, await f.arrayBuffer());
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false as const,
          problem: problem('input.unreadable', { detail }, { file: f.name }),
        };
      }
    }),
  );
  const problems = decoded.flatMap((d) => (d.ok ? [] : [d.problem]));
  if (problems.length) return { ok: false, problems };
  return { ok: true, files: decoded.flatMap((d) => (d.ok ? [d.file] : [])) };
}
