/** Gould and Fernandez's five brokerage roles, by the groups of the broker and its two ends. */
export const ROLES = [
  'coordinator',
  'itinerant',
  'gatekeeper',
  'representative',
  'liaison',
] as const;
export type Role = (typeof ROLES)[number];

/** Each role's count per node, index `i` for node `i`. */
export type RoleCounts = Readonly<Record<Role, Float64Array>>;

/**
 * Gould–Fernandez brokerage on the graph with every tie taken both ways. For each broker `v`
 * and each ordered pair of its neighbours `a → v → c` that are not tied to each other, the
 * pair counts once towards one role: coordinator (all three in one group), itinerant (the ends
 * share a group, `v` is outside it), gatekeeper (`v` shares `c`'s group, `a` is outside),
 * representative (`v` shares `a`'s group, `c` is outside), liaison (three groups).
 * In: each node's neighbours and group (a number; -1 for none, itself a group). Out: counts.
 * Pairs are counted from group sizes, then tied pairs taken away, so a hub costs its ties
 * among its neighbours, not the square of its degree. No library offers it.
 */
export function brokerage(
  neighbours: readonly ReadonlySet<number>[],
  group: ArrayLike<number>,
): RoleCounts {
  const n = neighbours.length;
  const counts = Object.fromEntries(ROLES.map((r) => [r, new Float64Array(n)])) as Record<
    Role,
    Float64Array
  >;
  const roleOf = (a: number, v: number, c: number): Role => {
    const [ga, gv, gc] = [group[a], group[v], group[c]];
    if (ga === gv) return gv === gc ? 'coordinator' : 'representative';
    if (gv === gc) return 'gatekeeper';
    return ga === gc ? 'itinerant' : 'liaison';
  };
  for (let v = 0; v < n; v++) {
    const mine = neighbours[v]!;
    const gv = group[v];
    const sizes = new Map<number, number>();
    for (const a of mine) sizes.set(group[a]!, (sizes.get(group[a]!) ?? 0) + 1);
    const same = sizes.get(gv!) ?? 0;
    const outside = mine.size - same;
    let sumSquaresOutside = 0;
    let itinerant = 0;
    for (const [g, size] of sizes)
      if (g !== gv) {
        sumSquaresOutside += size * size;
        itinerant += size * (size - 1);
      }
    counts.coordinator[v] = same * Math.max(0, same - 1);
    counts.itinerant[v] = itinerant;
    counts.gatekeeper[v] = outside * same;
    counts.representative[v] = same * outside;
    counts.liaison[v] = outside * outside - sumSquaresOutside;
    // Neighbours tied to each other are not brokered: take each such ordered pair away.
    for (const a of mine) {
      const theirs = neighbours[a]!;
      const [small, large] = theirs.size < mine.size ? [theirs, mine] : [mine, theirs];
      for (const c of small)
        if (c !== a && c !== v && large.has(c)) counts[roleOf(a, v, c)][v]! -= 1;
    }
  }
  return counts;
}
