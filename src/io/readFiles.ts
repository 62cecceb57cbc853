import type { SourceFile } from '../formats/types';
import { LIMITS, formatBytes } from '../schema/limits';
import type { Problem } from '../schema/problems';

export type ReadResult =
  | { readonly ok: true; readonly files: readonly SourceFile[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Decodes bytes as UTF-8, refusing anything else rather than guessing (a wrong guess would load
 * garbled names without a word). A byte-order mark is dropped. Out: text or a problem.
 */
export function decodeUtf8(name: string, bytes: ArrayBuffer): SourceFile | Problem {
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      file: name,
      path: '',
      message:
        'the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8) and try again',
    };
  }
}

const isProblem = (v: SourceFile | Problem): v is Problem => 'message' in v;

/**
 * Reads files the user picked or dropped. A file over the size limit is refused by its size
 * alone, before a byte of it is read. In: browser files. Out: decoded files or problems.
 */
export async function readUserFiles(files: readonly File[]): Promise<ReadResult> {
  const tooBig = files.filter((f) => f.size > LIMITS.maxBytes);
  if (tooBig.length)
    return {
      ok: false,
      problems: tooBig.map((f) => ({
        file: f.name,
        path: '',
        message: `the file is ${formatBytes(f.size)}, over the limit of ${formatBytes(LIMITS.maxBytes)}`,
      })),
    };
  const decoded = await Promise.all(
    files.map(async (f) => {
      try {
        return decodeUtf8(f.name, await f.arrayBuffer());
      } catch {
        return { file: f.name, path: '', message: 'the file could not be read' } satisfies Problem;
      }
    }),
  );
  const problems = decoded.filter(isProblem);
  if (problems.length) return { ok: false, problems };
  return { ok: true, files: decoded.filter((d): d is SourceFile => !isProblem(d)) };
}
