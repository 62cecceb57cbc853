import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokerage, ROLES, type Role } from '../../../src/graph/analysis/brokerage';
import { compactOf, neighbourSets } from '../../../src/graph/analysis/compact';
import { groupsOf } from '../../../src/graph/analysis/values';
import { at, graphOf } from './fixtures';

describe('Gould–Fernandez brokerage', () => {
  // Groups: X = a, b, v, k; Y = c, e; Z = d, w. Counted by hand, every tie both ways:
  // v links a, b (X), c (Y), d (Z); a–b are tied, so of v's 12 ordered pairs 10 count:
  // a→v→c, a→v→d, b→v→c, b→v→d are representative (4), their reverses gatekeeper (4),
  // c→v→d and d→v→c liaison (2). a links v, b, k (all X) with v–b tied: v↔k and b↔k are
  // coordinator (4). c links v (X) and w (Z), itself Y: liaison (2). w links c and e (both Y),
  // itself Z: itinerant (2). Everyone else brokers nothing.
  const nodes = 'id,label,group\na,a,X\nb,b,X\nv,v,X\nk,k,X\nc,c,Y\ne,e,Y\nd,d,Z\nw,w,Z\n';
  const edges = 'source,target\nv,a\nv,b\nv,c\nv,d\na,b\nk,a\nw,c\nw,e\n';
  const graph = graphOf(edges, nodes);
  const groups = groupsOf(graph, null, { kind: 'category', key: 'group' });
  const counts = brokerage(neighbourSets(compactOf(graph)), groups!.group);
  const of = (id: string) =>
    Object.fromEntries(ROLES.map((r) => [r, counts[r][at(graph, id)]])) as Record<Role, number>;
  const none = { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 };

  it('counts the hand-computed roles of every node', () => {
    expect(of('v')).toEqual({ ...none, gatekeeper: 4, representative: 4, liaison: 2 });
    expect(of('a')).toEqual({ ...none, coordinator: 4 });
    expect(of('c')).toEqual({ ...none, liaison: 2 });
    expect(of('w')).toEqual({ ...none, itinerant: 2 });
    for (const id of ['b', 'k', 'e', 'd']) expect(of(id)).toEqual(none);
  });

  it('on any graph and grouping equals counting every pair one by one', () => {
    const arb = fc.record({
      edges: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 30 }),
      group: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 10, maxLength: 10 }),
    });
    fc.assert(
      fc.property(arb, ({ edges: list, group }) => {
        const neighbours = Array.from({ length: 10 }, () => new Set<number>());
        for (const [a, b] of list)
          if (a !== b) {
            neighbours[a]!.add(b);
            neighbours[b]!.add(a);
          }
        const fast = brokerage(neighbours, group);
        for (let v = 0; v < 10; v++) {
          const slow = {
            coordinator: 0,
            itinerant: 0,
            gatekeeper: 0,
            representative: 0,
            liaison: 0,
          };
          for (const a of neighbours[v]!)
            for (const c of neighbours[v]!) {
              if (a === c || neighbours[a]!.has(c)) continue;
              const [ga, gv, gc] = [group[a], group[v], group[c]];
              if (ga === gv && gv === gc) slow.coordinator++;
              else if (ga === gc) slow.itinerant++;
              else if (gv === gc) slow.gatekeeper++;
              else if (ga === gv) slow.representative++;
              else slow.liaison++;
            }
          for (const r of ROLES) expect(fast[r][v]).toBe(slow[r]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
