/** How long one slice of a big write may hold the main thread, in ms, before it yields. */
const SLICE_MS = 8;
/**
 * How much text one slice may hold: parts whose text was kept from the last write come fast,
 * but the browser still encodes each into the Blob (about 5 ms per quarter million characters).
 */
const SLICE_CHARS = 250_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A Blob of the text in `parts`, made a slice at a time with a pause for the page between
 * slices: a 5,000-node map's text is megabytes, and making it (or handing it to IndexedDB as
 * one string, which the browser copies) held the main thread for a quarter of a second. A Blob
 * of Blobs is only references, and IndexedDB keeps a Blob without copying it on this thread.
 * `stale` is asked between slices: when it says so, the work stops and gives null.
 */
export async function blobInSlices(
  parts: Iterable<string>,
  stale: () => boolean = () => false,
): Promise<Blob | null> {
  const slices: Blob[] = [];
  let slice: string[] = [];
  let chars = 0;
  let started = performance.now();
  for (const part of parts) {
    slice.push(part);
    chars += part.length;
    if (chars > SLICE_CHARS || performance.now() - started > SLICE_MS) {
      slices.push(new Blob(slice));
      slice = [];
      chars = 0;
      await nextTask();
      if (stale()) return null;
      started = performance.now();
    }
  }
  slices.push(new Blob(slice));
  return new Blob(slices, { type: 'application/json' });
}
