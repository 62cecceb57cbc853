import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGraphText } from '../../src/graph/load';
import type { GraphModel } from '../../src/graph/model';

/** The made-up dated map of tests/fixtures/dated/, loaded as the app loads it. */
export function datedGraph(): GraphModel {
  const path = fileURLToPath(new URL('../fixtures/dated/riverside.graph.json', import.meta.url));
  const result = loadGraphText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error('the dated fixture must load');
  return result.graph;
}
