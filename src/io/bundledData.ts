import address from '../../data/jharkhand-japan.graph.json?url';
import { loadGraphText, type LoadResult } from '../graph/load';
import { problem, type Problem } from '../schema/problems';

/** The shipped data set's file name, shown as where the data came from. */
export const BUNDLED_NAME = 'jharkhand-japan.graph.json';

let shipped: Promise<LoadResult> | null = null;

/**
 * The shipped data set, fetched as the JSON file it is (not JavaScript the page parses before
 * its first picture) and loaded through the same loader as any user's file. Fetched once; a
 * failed fetch is tried again the next time it is asked for. The page's own file needs none of
 * the guards `?data=` addresses get (remote.ts), so that code is not fetched before the picture.
 */
export function loadBundledGraph(): Promise<LoadResult> {
  shipped ??= fetchShipped().then((got) => {
    if (typeof got === 'string') return loadGraphText(got);
    shipped = null;
    return { ok: false, problems: [got] };
  });
  return shipped;
}

async function fetchShipped(): Promise<string | Problem> {
  const at = { file: BUNDLED_NAME };
  try {
    const response = await fetch(address);
    if (!response.ok) return problem('remote.status', { status: String(response.status) }, at);
    return await response.text();
  } catch {
    return problem('remote.unreachable', {}, at);
  }
}
