import raw from '../../data/jharkhand-japan.graph.json?raw';
import { loadGraphText, type LoadResult } from '../graph/load';

/** The shipped data set's file name, shown as where the data came from. */
export const BUNDLED_NAME = 'jharkhand-japan.graph.json';

/** Loads the shipped data set through the same loader as any user's file. */
export function loadBundledGraph(): LoadResult {
  return loadGraphText(raw);
}
