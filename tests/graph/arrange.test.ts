import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { circle, grid, rings, tiers } from '../../src/graph/arrange';
import type { LayoutJob } from '../../src/graph/layoutJob';

interface Spec {
  readonly boxes: readonly { w: number; up: number; down: number }[];
  readonly groups: readonly number[];
  readonly ranks: readonly number[];
  readonly edges: readonly [number, number][];
}

function jobOf(spec: Spec): LayoutJob {
  const n = spec.boxes.length;
  return {
    id: 1,
    layout: 'grid',
    ids: spec.boxes.map((_, i) => `n${i}`),
    degrees: new Float64Array(n),
    edges: Uint32Array.from(spec.edges.flat()),
    positions: new Float64Array(n * 2),
    randomize: false,
    seed: 1,
    groups: Int32Array.from(spec.groups),
    ranks: Float64Array.from(spec.ranks),
    boxes: Float64Array.from(spec.boxes.flatMap((b) => [b.w, b.up, b.down])),
  };
}

/** Every pair of node boxes that overlap, as the layouts lay them out. */
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

const spec: fc.Arbitrary<Spec> = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    boxes: fc.array(
      fc.record({
        w: fc.integer({ min: 20, max: 130 }),
        up: fc.integer({ min: 10, max: 28 }),
        down: fc.integer({ min: 10, max: 90 }),
      }),
      { minLength: n, maxLength: n },
    ),
    groups: fc.array(fc.integer({ min: -1, max: 5 }), { minLength: n, maxLength: n }),
    ranks: fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN)), {
      minLength: n,
      maxLength: n,
    }),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
  }),
);

describe('geometric layouts', () => {
  it('tiers and grid never let two boxes overlap, whatever the boxes and groups', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const job = jobOf(s);
        expect(overlaps(job, tiers(job))).toEqual([]);
        expect(overlaps(job, grid(job))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('tiers run top to bottom in group order, nodes with no group last', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const job = jobOf(s);
        const xy = tiers(job);
        const key = (g: number) => (g < 0 ? Infinity : g);
        for (let i = 0; i < s.groups.length; i++)
          for (let j = 0; j < s.groups.length; j++)
            if (key(s.groups[i]!) < key(s.groups[j]!))
              expect(xy[2 * i + 1]!).toBeLessThan(xy[2 * j + 1]!);
      }),
      { numRuns: 150 },
    );
  });

  it('rings put the highest value in the middle and never a lower value inside a higher one', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const job = jobOf(s);
        const xy = rings(job);
        const radius = (i: number) => Math.hypot(xy[2 * i]!, xy[2 * i + 1]!);
        const value = (i: number) => (Number.isNaN(s.ranks[i]!) ? -Infinity : s.ranks[i]!);
        for (let i = 0; i < s.ranks.length; i++)
          for (let j = 0; j < s.ranks.length; j++)
            if (value(i) > value(j)) expect(radius(i)).toBeLessThanOrEqual(radius(j) + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('rings leave each label its width along the ring', () => {
    const boxes = Array.from({ length: 40 }, () => ({ w: 120, up: 15, down: 50 }));
    const job = jobOf({
      boxes,
      groups: boxes.map(() => 0),
      ranks: boxes.map((_, i) => -i),
      edges: [],
    });
    const xy = rings(job);
    for (let i = 0; i < 40; i++)
      for (let j = i + 1; j < 40; j++) {
        const d = Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);
        const sameRing =
          Math.abs(
            Math.hypot(xy[2 * i]!, xy[2 * i + 1]!) - Math.hypot(xy[2 * j]!, xy[2 * j + 1]!),
          ) < 1e-6;
        if (sameRing) expect(d).toBeGreaterThan(120);
      }
  });

  it('circle keeps groups together around the circle, at one radius', () => {
    const boxes = Array.from({ length: 12 }, () => ({ w: 80, up: 12, down: 40 }));
    const groups = [2, 0, 1, 0, 2, 1, 0, 2, 1, -1, 0, 1];
    const job = jobOf({ boxes, groups, ranks: groups.map(() => 0), edges: [] });
    const xy = circle(job);
    const radii = groups.map((_, i) => Math.hypot(xy[2 * i]!, xy[2 * i + 1]!));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 6);
    // Clockwise from twelve o'clock: the angles of group 0 all come before group 1's.
    const turn = (i: number) =>
      (Math.atan2(xy[2 * i + 1]!, xy[2 * i]!) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    const of = (g: number) => groups.flatMap((x, i) => (x === g ? [turn(i)] : []));
    expect(Math.max(...of(0))).toBeLessThan(Math.min(...of(1)));
    expect(Math.max(...of(1))).toBeLessThan(Math.min(...of(2)));
    expect(Math.max(...of(2))).toBeLessThan(Math.min(...of(-1)));
  });

  it('gives the same picture for the same job', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const job = jobOf(s);
        for (const f of [tiers, rings, circle, grid]) expect(f(job)).toEqual(f(job));
      }),
      { numRuns: 50 },
    );
  });
});
