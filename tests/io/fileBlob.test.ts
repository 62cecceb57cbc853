import { describe, expect, it } from 'vitest';
import { blobInSlices } from '../../src/io/fileBlob';

/** Holds the thread for `ms`, as making a record's text does on a slow machine. */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Parts that each take a millisecond to make, counting how many were asked for. */
function* slowParts(count: number, asked: { n: number }) {
  for (let i = 0; i < count; i++) {
    asked.n++;
    busy(1);
    yield `${i === 0 ? '' : ','}"part ${i} — भाग"`;
  }
}

describe('a big text made into a Blob a slice at a time', () => {
  it('holds the parts in order, in UTF-8', async () => {
    const asked = { n: 0 };
    const blob = await blobInSlices(slowParts(60, asked));
    const expected = Array.from({ length: 60 }, (_, i) => `"part ${i} — भाग"`).join(',');
    expect(await blob?.text()).toBe(expected);
    expect(blob?.size).toBe(new TextEncoder().encode(expected).length);
    expect(blob?.type).toBe('application/json');
  });

  it('lets other work run between slices', async () => {
    let ran = 0;
    const ticks = setInterval(() => ran++, 0);
    const asked = { n: 0 };
    await blobInSlices(slowParts(60, asked));
    clearInterval(ticks);
    // Sixty milliseconds of parts in slices of about eight: the interval ran in the pauses.
    expect(ran).toBeGreaterThanOrEqual(3);
  });

  it('stops making parts once it is overtaken, and gives nothing', async () => {
    const asked = { n: 0 };
    let overtaken = false;
    setTimeout(() => (overtaken = true), 0);
    const blob = await blobInSlices(slowParts(200, asked), () => overtaken);
    expect(blob).toBeNull();
    expect(asked.n).toBeLessThan(200);
  });
});

describe('parts that come fast', () => {
  it('are cut into slices of bounded size even so, since encoding them takes time too', async () => {
    const sizes: number[] = [];
    const Real = globalThis.Blob;
    // Records the size of each slice made from strings (the last Blob is made of Blobs).
    class Counting extends Real {
      constructor(parts: BlobPart[] = [], options?: BlobPropertyBag) {
        super(parts, options);
        if (parts.every((p) => typeof p === 'string')) sizes.push(this.size);
      }
    }
    globalThis.Blob = Counting;
    try {
      const part = 'x'.repeat(1000);
      const blob = await blobInSlices(Array.from({ length: 2000 }, () => part));
      expect(blob?.size).toBe(2_000_000);
    } finally {
      globalThis.Blob = Real;
    }
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(251_000);
  });
});
