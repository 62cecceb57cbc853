import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGraphText } from '../../src/graph/load';
import type { GraphModel } from '../../src/graph/model';

/** The shipped data set, loaded as the app loads it. */
export function shippedGraph(): GraphModel {
  const path = fileURLToPath(new URL('../../data/jharkhand-japan.graph.json', import.meta.url));
  const result = loadGraphText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error('shipped data must load');
  return result.graph;
}

/** The shipped data set without its drawn positions: a graph the canvas has to lay out. */
export function undrawnShippedGraph(): GraphModel {
  const path = fileURLToPath(new URL('../../data/jharkhand-japan.graph.json', import.meta.url));
  const file: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const text = JSON.stringify(file, (key, value: unknown) =>
    key === 'position' ? undefined : value,
  );
  const result = loadGraphText(text);
  if (!result.ok) throw new Error('shipped data must load without positions');
  return result.graph;
}
