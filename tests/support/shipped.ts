import raw from '../../data/jharkhand-japan.graph.json?raw';
import { loadGraphText, type LoadResult } from '../../src/graph/load';

/**
 * The shipped data set loaded as the app loads it, at once: the app fetches the file, which
 * a test in Node cannot, and a test in the browser need not wait for.
 */
export function loadShipped(): LoadResult {
  return loadGraphText(raw);
}
