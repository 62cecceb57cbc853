import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file from tests/fixtures/import as the importer receives it. */
export function readFixtureFile(name: string): { name: string; text: string } {
  const path = fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
  return { name, text: readFileSync(path, 'utf8') };
}
