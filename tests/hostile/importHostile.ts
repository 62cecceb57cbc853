import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importFiles, type ImportResult } from '../../src/formats/importGraph';
import { decodeUtf8 } from '../../src/io/readFiles';
import { say } from '../support/problems';

/** Bytes of a file in the hostile corpus. */
export function hostileBytes(name: string): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../fixtures/hostile/${name}`, import.meta.url)));
}

/** Imports bytes as the app does: strict UTF-8 decoding, then the importer. */
export function importBytes(files: readonly { name: string; bytes: Uint8Array }[]): ImportResult {
  const decoded = files.map((f) => decodeUtf8(f.name, new Uint8Array(f.bytes).buffer));
  const problems = decoded.flatMap((d) => (d.ok ? [] : [d.problem]));
  if (problems.length) return { ok: false, problems };
  return importFiles(decoded.flatMap((d) => (d.ok ? [d.file] : [])));
}

/** Imports corpus files by name. */
export function importHostile(...names: string[]): ImportResult {
  return importBytes(names.map((name) => ({ name, bytes: hostileBytes(name) })));
}

/** The problems as the user reads them, or [] when the import succeeded. */
export const problemLines = (r: ImportResult): string[] => (r.ok ? [] : r.problems.map(say));
