import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import closeness from 'graphology-metrics/centrality/closeness';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { seeded } from '../random';
import { neighbourSets, type CompactGraph } from './compact';
import { METRICS, type MetricValues } from './metricNames';

/** The graph as the undirected, simple graph most measures are defined on. */
function undirectedOf(g: CompactGraph): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < g.n; i++) graph.addNode(String(i));
  for (let k = 0; k < g.source.length; k++) {
    const s = g.source[k]!;
    const t = g.target[k]!;
    if (s !== t) graph.mergeEdge(String(s), String(t));
  }
  return graph;
}

/** The graph with its directions: an edge without one goes both ways. */
function directedOf(g: CompactGraph): DirectedGraph {
  const graph = new DirectedGraph();
  for (let i = 0; i < g.n; i++) graph.addNode(String(i));
  for (let k = 0; k < g.source.length; k++) {
    const s = String(g.source[k]);
    const t = String(g.target[k]);
    if (s === t) continue;
    graph.mergeEdge(s, t);
    if (g.directed[k] === 0) graph.mergeEdge(t, s);
  }
  return graph;
}

function fromMapping(g: CompactGraph, mapping: Readonly<Record<string, number>>): Float64Array {
  const out = new Float64Array(g.n);
  for (let i = 0; i < g.n; i++) out[i] = mapping[String(i)] ?? NaN;
  return out;
}

/** Links per node: in all, in, out, and weighted (a self-loop counts once). */
export function degreeMetrics(g: CompactGraph): MetricValues {
  const degree = new Float64Array(g.n);
  const inDegree = new Float64Array(g.n);
  const outDegree = new Float64Array(g.n);
  const weightedDegree = new Float64Array(g.n);
  for (let k = 0; k < g.source.length; k++) {
    const s = g.source[k]!;
    const t = g.target[k]!;
    const w = g.weight[k]!;
    degree[s]! += 1;
    weightedDegree[s]! += w;
    if (t !== s) {
      degree[t]! += 1;
      weightedDegree[t]! += w;
    }
    if (g.directed[k] === 1) {
      outDegree[s]! += 1;
      inDegree[t]! += 1;
    }
  }
  return { degree, inDegree, outDegree, weightedDegree };
}

/**
 * Louvain communities (seeded, so everyone gets the same), renumbered by size: community 0 is
 * the largest, ties by first member.
 */
function communitiesOf(g: CompactGraph, graph: UndirectedGraph): Float64Array {
  const raw = graph.size > 0 ? louvain(graph, { rng: seeded(1) }) : ({} as Record<string, number>);
  const sizes = new Map<number, { size: number; first: number }>();
  const of = new Int32Array(g.n);
  let isolated = -1;
  for (let i = 0; i < g.n; i++) {
    // A node without edges is a community of its own.
    const c = raw[String(i)] ?? isolated--;
    of[i] = c;
    const entry = sizes.get(c);
    if (entry) entry.size++;
    else sizes.set(c, { size: 1, first: i });
  }
  const order = [...sizes.entries()].sort(
    (a, b) => b[1].size - a[1].size || a[1].first - b[1].first,
  );
  const rank = new Map(order.map(([c], r) => [c, r]));
  return Float64Array.from(of, (c) => rank.get(c)!);
}

/**
 * Cut vertices: nodes whose removal splits their component (Tarjan's low-link, iteratively, so
 * a long chain cannot overflow the stack; Cytoscape's recursive version also marks a root with
 * a single child). Out: 1 for a cut vertex, else 0.
 */
export function articulationPoints(neighbours: readonly Set<number>[]): Float64Array {
  const n = neighbours.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const cut = new Float64Array(n);
  const lists = neighbours.map((s) => [...s]);
  const next = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = clock++;
    let rootChildren = 0;
    const stack = [root];
    while (stack.length) {
      const v = stack[stack.length - 1]!;
      const list = lists[v]!;
      if (next[v]! < list.length) {
        const w = list[next[v]!++]!;
        if (order[w] === -1) {
          parent[w] = v;
          order[w] = low[w] = clock++;
          if (v === root) rootChildren++;
          stack.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, order[w]!);
      } else {
        stack.pop();
        const p = parent[v]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[v]!);
          if (p !== root && low[v]! >= order[p]!) cut[p] = 1;
        }
      }
    }
    if (rootChildren > 1) cut[root] = 1;
  }
  return cut;
}

/**
 * Burt's constraint on the undirected simple graph, each tie of equal strength (as networkx's
 * `constraint` without weights): how much a node's contacts are tied to one another. Low means
 * the node spans structural holes. NaN for a node without neighbours. No library offers it.
 */
export function constraintOf(neighbours: readonly Set<number>[]): Float64Array {
  const out = new Float64Array(neighbours.length);
  neighbours.forEach((mine, i) => {
    if (mine.size === 0) {
      out[i] = NaN;
      return;
    }
    let total = 0;
    for (const j of mine) {
      // p_ij plus the indirect investment through every shared contact q: p_iq * p_qj.
      let indirect = 0;
      const theirs = neighbours[j]!;
      const [small, large] = mine.size < theirs.size ? [mine, theirs] : [theirs, mine];
      for (const q of small)
        if (q !== i && q !== j && large.has(q))
          indirect += (1 / mine.size) * (1 / neighbours[q]!.size);
      total += (1 / mine.size + indirect) ** 2;
    }
    out[i] = total;
  });
  return out;
}

/**
 * Normalised betweenness, as graphology-metrics computes it (the same single-source step from
 * graphology-shortest-path, the same accumulation and scale), but saying how far it has got:
 * on 20,000 nodes it runs for a minute or more, and the library's own function is silent.
 * Out: one value per node, in insertion order.
 */
export function betweennessOf(
  graph: UndirectedGraph,
  onProgress: (done: number) => void,
): Float64Array {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const step = Math.max(1, Math.ceil(n / 100));
  for (let source = 0; source < n; source++) {
    const [stack, predecessors, sigma] = brandes(source);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
      // Each node leaves the stack once per source, after every node it passes credit from.
      delta[w] = 0;
    }
    if (source % step === step - 1) onProgress((source + 1) / n);
  }
  const scale = n <= 2 ? 0 : 1 / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i]! *= scale;
  return centralities;
}

/**
 * Computes every metric, cheap ones first, reporting each batch as it is ready so a caller can
 * show them before the slow ones (betweenness and closeness are O(nodes × edges)).
 * Centralities use the undirected simple graph, PageRank the directed one.
 */
export function computeMetrics(
  g: CompactGraph,
  onBatch: (values: MetricValues, done: number) => void,
): MetricValues {
  const all: MetricValues = {};
  const report = (values: MetricValues, done: number) => {
    Object.assign(all, values);
    onBatch(values, done);
  };
  // The libraries refuse a graph without nodes; every metric of it is empty.
  if (g.n === 0) {
    report(Object.fromEntries(METRICS.map((m) => [m, new Float64Array(0)])), 1);
    return all;
  }
  report(degreeMetrics(g), 0.01);
  const neighbours = neighbourSets(g);
  const graph = undirectedOf(g);
  report({ community: communitiesOf(g, graph) }, 0.02);
  report({ articulation: articulationPoints(neighbours) }, 0.02);
  report({ constraint: constraintOf(neighbours) }, 0.02);
  const directed = directedOf(g);
  report(
    {
      pagerank:
        directed.order > 0
          ? fromMapping(
              g,
              pagerank(directed, { getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-10 }),
            )
          : new Float64Array(0),
    },
    0.03,
  );
  let eigen: Float64Array;
  try {
    eigen = fromMapping(
      g,
      eigenvector(graph, { getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-10 }),
    );
  } catch {
    // Power iteration does not settle on some graphs (two halves swapping weight): unknown.
    eigen = new Float64Array(g.n).fill(NaN);
  }
  report({ eigenvector: eigen }, 0.05);
  // The two O(nodes × edges) measures last, the quicker first; `done` grows with the work.
  report({ closeness: fromMapping(g, closeness(graph, { wassermanFaust: true })) }, 0.3);
  report({ betweenness: betweennessOf(graph, (done) => onBatch({}, 0.3 + 0.69 * done)) }, 1);
  return all;
}
