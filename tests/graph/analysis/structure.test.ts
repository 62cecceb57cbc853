import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactOf, neighbourSets } from '../../../src/graph/analysis/compact';
import { cutOffBy, meetingOutcomes, topicGaps } from '../../../src/graph/analysis/insights';
import {
  articulationPoints,
  computeMetrics,
  constraintOf,
} from '../../../src/graph/analysis/metrics';
import { shippedGraph } from '../shippedGraph';
import { at, graphOf } from './fixtures';

const shipped = shippedGraph();

/** Connected components of the graph without node `skip`, by brute force. */
function componentCount(neighbours: readonly Set<number>[], skip: number): number {
  const seen = new Set([skip]);
  let count = 0;
  for (let s = 0; s < neighbours.length; s++) {
    if (seen.has(s)) continue;
    count++;
    const stack = [s];
    seen.add(s);
    while (stack.length)
      for (const w of neighbours[stack.pop()!]!)
        if (!seen.has(w)) {
          seen.add(w);
          stack.push(w);
        }
  }
  return count;
}

describe('cut vertices', () => {
  it('are exactly the nodes whose removal splits their component (any graph)', () => {
    const arb = fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (list) => {
        const neighbours = Array.from({ length: 12 }, () => new Set<number>());
        for (const [a, b] of list)
          if (a !== b) {
            neighbours[a]!.add(b);
            neighbours[b]!.add(a);
          }
        const cut = articulationPoints(neighbours);
        const whole = componentCount(neighbours, -1);
        for (let v = 0; v < 12; v++) {
          // Removing a node drops its own component if it stood alone; else it may split one.
          const without = componentCount(neighbours, v) + (neighbours[v]!.size === 0 ? 1 : 0);
          expect(cut[v] === 1).toBe(without > whole);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survive a chain of 100,000 nodes (no recursion)', () => {
    const n = 100_000;
    const neighbours = Array.from({ length: n }, (_, i) => {
      const s = new Set<number>();
      if (i > 0) s.add(i - 1);
      if (i < n - 1) s.add(i + 1);
      return s;
    });
    const cut = articulationPoints(neighbours);
    expect(cut.reduce((a, b) => a + b, 0)).toBe(n - 2);
  });

  it('say whom they cut off: everything but the largest remaining part', () => {
    const graph = graphOf('source,target\na,b\nb,c\nc,a\nc,d\nd,e\nd,f\n');
    const g = compactOf(graph);
    const off = cutOffBy(g, neighbourSets(g), at(graph, 'd')).map((i) => graph.nodes[i]!.id);
    expect(off.sort()).toEqual(['e', 'f']);
    const offC = cutOffBy(g, neighbourSets(g), at(graph, 'c')).map((i) => graph.nodes[i]!.id);
    expect(offC.sort()).toEqual(['a', 'b']);
  });
});

describe('Burt’s constraint', () => {
  it('matches the hand-computed values on a triangle with a pendant', () => {
    // 1–2, 1–3, 2–3, 3–4. c(1) = (1/2 + 1/2·1/3)² + (1/2 + 1/2·1/2)² = 4/9 + 9/16;
    // c(3) = 3·(1/3 + 1/3·1/2)² for 1 and 2 … but 4 shares nothing: (1/3)².
    const graph = graphOf('source,target\n1,2\n1,3\n2,3\n3,4\n');
    const c = constraintOf(neighbourSets(compactOf(graph)));
    expect(c[at(graph, '1')]).toBeCloseTo(4 / 9 + 9 / 16, 12);
    expect(c[at(graph, '3')]).toBeCloseTo(2 * (1 / 3 + 1 / 6) ** 2 + 1 / 9, 12);
    expect(c[at(graph, '4')]).toBe(1);
  });

  it('is undefined for a node without neighbours', () => {
    const graph = graphOf('source,target\na,a\nb,c\n');
    expect(constraintOf(neighbourSets(compactOf(graph)))[at(graph, 'a')]).toBeNaN();
  });
});

describe('insights on the shipped data', () => {
  it('topics raised at meetings that no organisation or government is linked to', () => {
    expect(topicGaps(shipped).map((g) => g.topic.id)).toEqual([
      't-industrial-infrastructure',
      't-health-services',
      't-skill-development',
      't-japanese-investment',
      't-joint-outreach',
      't-foreign-investment',
      't-rare-earth-digital',
      't-it',
      't-japanese-language-academy',
    ]);
    const health = topicGaps(shipped).find((g) => g.topic.id === 't-health-services');
    expect(health?.raisedBy.map((e) => e.source)).toEqual(['meeting-jica']);
  });

  it('what each meeting produced', () => {
    const outcomes = meetingOutcomes(shipped).map((m) => [
      m.meeting.id,
      m.outcomes.map((e) => e.relation),
    ]);
    expect(outcomes).toEqual([
      ['meeting-jica', ['appreciated', 'expressed_interest', 'considered']],
      ['meeting-jetro', ['assured_cooperation', 'agreed_on', 'agreed_on', 'expected_outcome']],
      ['meeting-nec', ['eager_to_join', 'offered_contribution']],
    ]);
  });

  it('single points of failure and whom they cut off', () => {
    const g = compactOf(shipped);
    const neighbours = neighbourSets(g);
    const cut = articulationPoints(neighbours);
    const ids = shipped.nodes.filter((_, i) => cut[i]).map((n) => n.id);
    expect(ids).toContain('gov-jharkhand');
    const off = cutOffBy(g, neighbours, at(shipped, 'gov-jharkhand')).map(
      (i) => shipped.nodes[i]!.id,
    );
    expect(off.sort()).toEqual([
      't-hrd',
      't-inclusive-development',
      't-industrial-development',
      't-new-investment',
      't-technical-cooperation',
    ]);
  });
});

describe('metrics at the edges', () => {
  const compact = (n: number, pairs: [number, number][]) => ({
    n,
    source: Int32Array.from(pairs, ([a]) => a),
    target: Int32Array.from(pairs, ([, b]) => b),
    weight: new Float64Array(pairs.length).fill(1),
    directed: new Uint8Array(pairs.length).fill(1),
    type: new Uint8Array(n),
  });

  it('a graph without nodes has every metric, each empty', () => {
    const values = computeMetrics(compact(0, []), () => {});
    expect(Object.values(values).map((v) => v.length)).toEqual(new Array(11).fill(0));
  });

  it('nodes without links: each its own community, nothing between, constraint undefined', () => {
    const values = computeMetrics(compact(3, [[0, 0]]), () => {});
    expect([...(values.degree ?? [])]).toEqual([1, 0, 0]);
    expect([...(values.community ?? [])]).toEqual([0, 1, 2]);
    expect([...(values.betweenness ?? [])]).toEqual([0, 0, 0]);
    expect([...(values.constraint ?? [])].every(Number.isNaN)).toBe(true);
  });
});
