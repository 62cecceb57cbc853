import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutJob } from '../../src/graph/layoutJob';
import { separateBoxes } from '../../src/graph/separate';

interface Box {
  readonly w: number;
  readonly up: number;
  readonly down: number;
}

function jobOf(boxes: readonly Box[]): LayoutJob {
  const n = boxes.length;
  return {
    id: 1,
    layout: 'fcose',
    ids: boxes.map((_, i) => `n${i}`),
    degrees: new Float64Array(n),
    edges: new Uint32Array(),
    positions: new Float64Array(n * 2),
    randomize: false,
    seed: 1,
    groups: new Int32Array(n),
    ranks: new Float64Array(n),
    boxes: Float64Array.from(boxes.flatMap((b) => [b.w, b.up, b.down])),
  };
}

/** Every pair of boxes that overlap, checked pair by pair (not through the function's grid). */
function overlaps(job: LayoutJob, xy: Float64Array): string[] {
  const box = (i: number) => ({
    x1: xy[2 * i]! - job.boxes[3 * i]! / 2,
    x2: xy[2 * i]! + job.boxes[3 * i]! / 2,
    y1: xy[2 * i + 1]! - job.boxes[3 * i + 1]!,
    y2: xy[2 * i + 1]! + job.boxes[3 * i + 2]!,
  });
  const out: string[] = [];
  for (let i = 0; i < job.ids.length; i++)
    for (let j = i + 1; j < job.ids.length; j++) {
      const [a, b] = [box(i), box(j)];
      if (a.x1 < b.x2 - 1e-6 && b.x1 < a.x2 - 1e-6 && a.y1 < b.y2 - 1e-6 && b.y1 < a.y2 - 1e-6)
        out.push(`${i}/${j}`);
    }
  return out;
}

const scene = fc.integer({ min: 2, max: 80 }).chain((n) =>
  fc.record({
    boxes: fc.array(
      fc.record({
        w: fc.integer({ min: 20, max: 130 }),
        up: fc.integer({ min: 10, max: 28 }),
        down: fc.integer({ min: 10, max: 90 }),
      }),
      { minLength: n, maxLength: n },
    ),
    // Crowded on purpose: force layouts pack labels closer than this.
    points: fc.array(
      fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 })),
      {
        minLength: n,
        maxLength: n,
      },
    ),
  }),
);

describe('separating labelled boxes after a force-directed layout', () => {
  it('leaves no box covering another, and says so', () => {
    fc.assert(
      fc.property(scene, ({ boxes, points }) => {
        const job = jobOf(boxes);
        const xy = Float64Array.from(points.flat());
        const left = separateBoxes(job, xy);
        expect(overlaps(job, xy)).toEqual([]);
        expect(left).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('moves nothing that does not overlap, and is the same every time', () => {
    const job = jobOf([
      { w: 40, up: 10, down: 30 },
      { w: 40, up: 10, down: 30 },
      { w: 40, up: 10, down: 30 },
    ]);
    const xy = Float64Array.from([0, 0, 200, 0, 5, 5]);
    separateBoxes(job, xy);
    expect([xy[2], xy[3]]).toEqual([200, 0]);
    const again = Float64Array.from([0, 0, 200, 0, 5, 5]);
    separateBoxes(job, again);
    expect([...again]).toEqual([...xy]);
  });

  it('reports what is left when it runs out of rounds', () => {
    const job = jobOf(Array.from({ length: 30 }, () => ({ w: 100, up: 20, down: 60 })));
    const xy = new Float64Array(60);
    expect(separateBoxes(job, xy, 1)).toBeGreaterThan(0);
  });
});
