import address from '../../data/jharkhand-japan.graph.json?url';
import { loadGraphText, type LoadResult } from '../graph/load';
import { fetchGraphFile } from './remote';

/** The shipped data set's file name, shown as where the data came from. */
export const BUNDLED_NAME = 'jharkhand-japan.graph.json';

let shipped: Promise<LoadResult> | null = null;

/**
 * The shipped data set, fetched as the JSON file it is (not JavaScript the page parses before
 * its first picture) and loaded through the same loader as any user's file. Fetched once; a
 * failed fetch is tried again the next time it is asked for.
 */
export function loadBundledGraph(): Promise<LoadResult> {
  shipped ??= fetchGraphFile(address).then((got): LoadResult => {
    if (got.ok) return loadGraphText(got.file.text);
    shipped = null;
    return { ok: false, problems: [got.problem] };
  });
  return shipped;
}
