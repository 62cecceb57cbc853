import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeKeepOrder, keptShare, LEGIBLE_EDGE_DENSITY } from '../../src/graph/thinning';

const edge = (source: string, target: string, id = `${source}-${target}`) => ({
  id,
  source,
  target,
});

describe('edgeKeepOrder', () => {
  it('gives every edge its own place', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { maxLength: 200 }), (pairs) => {
        const edges = pairs.map(([a, b], i) => edge(`n${a}`, `n${b}`, `e${i}`));
        const places = [...edgeKeepOrder(edges)].sort((a, b) => a - b);
        expect(places).toEqual(edges.map((_, i) => i));
      }),
    );
  });

  it('keeps each linked node attached among the first edges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { minLength: 1, maxLength: 300 }),
        (pairs) => {
          const edges = pairs.map(([a, b], i) => edge(`n${a}`, `n${b}`, `e${i}`));
          const places = edgeKeepOrder(edges);
          const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
          // Each node's first choice has a place below the number of linked nodes.
          const firsts = edges.filter((_, i) => places[i]! < linked.size);
          const attached = new Set(firsts.flatMap((e) => [e.source, e.target]));
          expect(attached).toEqual(linked);
        },
      ),
    );
  });

  it("puts a leaf's link to the hub before links between leaves", () => {
    // A star of six leaves around h, and one link between two leaves.
    const edges = ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => edge('h', l));
    edges.push(edge('a', 'b'));
    const places = edgeKeepOrder(edges);
    expect(places[6]).toBe(6);
  });

  it('is the same on every run', () => {
    const edges = Array.from({ length: 50 }, (_, i) =>
      edge(`n${i % 7}`, `n${(i * 3) % 11}`, `e${i}`),
    );
    expect(edgeKeepOrder(edges)).toEqual(edgeKeepOrder(edges));
  });
});

describe('keptShare', () => {
  it('draws every edge where they are sparse enough to follow', () => {
    expect(keptShare(100, 1000 * 1000, 1)).toBe(1);
    expect(keptShare(0, 0, 1)).toBe(1);
  });

  it('halves the share as the view gets denser, and doubles it with each zoom step in', () => {
    // 80,000 edges over 4,000 × 4,000 units, seen whole at 0.2: 0.125 edges a pixel.
    const far = keptShare(80_000, 4000 * 4000, 0.2);
    expect(far).toBe(1 / 64);
    expect(keptShare(80_000, 4000 * 4000, 0.4)).toBe(far * 4);
    // What is drawn is never denser than legible, nor less than half of it.
    const density = (80_000 * far) / (4000 * 4000 * 0.2 * 0.2);
    expect(density).toBeLessThanOrEqual(LEGIBLE_EDGE_DENSITY);
    expect(density).toBeGreaterThan(LEGIBLE_EDGE_DENSITY / 2);
  });
});
