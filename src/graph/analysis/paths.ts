import type { CompactGraph } from './compact';

export interface PathOptions {
  /** Follow directed edges only along their direction (edges without one go both ways). */
  readonly directed: boolean;
  /** Node type indices a path may not pass through (its two ends may still be of them). */
  readonly avoid: ReadonlySet<number>;
  /** Most hops a path may take. */
  readonly maxHops: number;
  /** Most paths returned. */
  readonly limit: number;
}

export const PATH_DEFAULTS: PathOptions = Object.freeze({
  directed: false,
  avoid: new Set<number>(),
  maxHops: 6,
  limit: 5,
});

/** A path: its nodes in order, and for each hop the edge taken (the first in file order). */
export interface Path {
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
}

/** Outgoing steps per node, as parallel lists: the neighbour and the edge that reaches it. */
interface Steps {
  readonly to: number[][];
  readonly via: number[][];
}

function stepsOf(g: CompactGraph, directed: boolean): Steps {
  const to = Array.from({ length: g.n }, () => [] as number[]);
  const via = Array.from({ length: g.n }, () => [] as number[]);
  for (let k = 0; k < g.source.length; k++) {
    const s = g.source[k]!;
    const t = g.target[k]!;
    if (s === t) continue;
    to[s]!.push(t);
    via[s]!.push(k);
    if (!directed || g.directed[k] === 0) {
      to[t]!.push(s);
      via[t]!.push(k);
    }
  }
  return { to, via };
}

/**
 * One shortest path from `from` to `to` within `maxHops`, breadth first, never entering a
 * blocked node nor taking a blocked step (`u * n + v`); null if there is none.
 */
function bfs(
  g: CompactGraph,
  steps: Steps,
  from: number,
  to: number,
  maxHops: number,
  blockedNodes: ReadonlySet<number>,
  blockedSteps: ReadonlySet<number>,
  avoid: ReadonlySet<number>,
): Path | null {
  if (from === to) return { nodes: [from], edges: [] };
  const parent = new Map<number, { node: number; edge: number }>([[from, { node: -1, edge: -1 }]]);
  let frontier = [from];
  for (let hop = 0; hop < maxHops && frontier.length; hop++) {
    const next: number[] = [];
    for (const u of frontier) {
      const ns = steps.to[u]!;
      const es = steps.via[u]!;
      for (let i = 0; i < ns.length; i++) {
        const v = ns[i]!;
        if (parent.has(v) || blockedNodes.has(v) || blockedSteps.has(u * g.n + v)) continue;
        // The far end may be of an avoided type; nothing in between may.
        if (v !== to && avoid.has(g.type[v]!)) continue;
        parent.set(v, { node: u, edge: es[i]! });
        if (v === to) {
          const nodes = [v];
          const edges: number[] = [];
          for (let at = parent.get(v)!; at.node !== -1; at = parent.get(at.node)!) {
            nodes.push(at.node);
            edges.push(at.edge);
          }
          return { nodes: nodes.reverse(), edges: edges.reverse() };
        }
        next.push(v);
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * The shortest simple paths between two nodes, shortest first (Yen's algorithm over
 * breadth-first search; no library offers k shortest paths); among equally short ones, those
 * through less connected nodes first. Paths differ in their nodes: parallel edges do not make
 * another path. In: node indices and options. Out: at most
 * `limit` paths of at most `maxHops` hops; none when the ends are the same or not linked.
 */
export function shortestPaths(
  g: CompactGraph,
  from: number,
  to: number,
  options: PathOptions = PATH_DEFAULTS,
): Path[] {
  if (from === to || from < 0 || to < 0 || from >= g.n || to >= g.n) return [];
  const steps = stepsOf(g, options.directed);
  const none = new Set<number>();
  const first = bfs(g, steps, from, to, options.maxHops, none, none, options.avoid);
  if (!first) return [];
  const found: Path[] = [first];
  const seen = new Set([first.nodes.join(',')]);
  const candidates: Path[] = [];
  while (found.length < options.limit) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i]!;
      const root = last.nodes.slice(0, i + 1);
      const blockedSteps = new Set<number>();
      for (const p of found)
        if (p.nodes.length > i + 1 && root.every((id, j) => p.nodes[j] === id))
          blockedSteps.add(spur * g.n + p.nodes[i + 1]!);
      const blockedNodes = new Set(root.slice(0, -1));
      const rest = bfs(
        g,
        steps,
        spur,
        to,
        options.maxHops - i,
        blockedNodes,
        blockedSteps,
        options.avoid,
      );
      if (!rest) continue;
      const path = {
        nodes: [...root, ...rest.nodes.slice(1)],
        edges: [...last.edges.slice(0, i), ...rest.edges],
      };
      const key = path.nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (!candidates.length) break;
    // The shortest candidate next; among equals, the one found first (stable).
    let best = 0;
    for (let c = 1; c < candidates.length; c++)
      if (candidates[c]!.edges.length < candidates[best]!.edges.length) best = c;
    found.push(candidates.splice(best, 1)[0]!);
  }
  // Among paths of one length, those through less connected nodes first: a route through a
  // hub says less about how two nodes are linked than one through a specific contact.
  const degree = new Int32Array(g.n);
  for (let k = 0; k < g.source.length; k++) {
    degree[g.source[k]!]! += 1;
    degree[g.target[k]!]! += 1;
  }
  const hubness = (p: Path) => p.nodes.slice(1, -1).reduce((sum, v) => sum + degree[v]!, 0);
  return found
    .map((path, order) => ({ path, order, hubness: hubness(path) }))
    .sort(
      (a, b) =>
        a.path.edges.length - b.path.edges.length || a.hubness - b.hubness || a.order - b.order,
    )
    .map((r) => r.path);
}
