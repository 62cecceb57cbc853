import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import eigenvector from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { seeded } from '../random';
import { neighbourSets, type CompactGraph } from './compact';
import { ESTIMATE_ABOVE, METRICS, SAMPLED_SOURCES, type MetricValues } from './metricNames';

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
  sampled: Int32Array | null = null,
): Float64Array {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const centralities = new Float64Array(n);
  const sources = sampled?.length ?? n;
  const step = Math.max(1, Math.ceil(sources / 100));
  for (let k = 0; k < sources; k++) {
    const source = sampled ? sampled[k]! : k;
    const [stack, predecessors, sigma] = brandes(source);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) delta[v]! += sigma[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
      // Each node leaves the stack once per source, after every node it passes credit from.
      delta[w] = 0;
    }
    if (k % step === step - 1) onProgress((k + 1) / sources);
  }
  // From a sample, each pair's share is counted n / k times too rarely (Brandes and Pich).
  const scale = n <= 2 ? 0 : n / sources / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i]! *= scale;
  return centralities;
}

/**
 * Closeness, as graphology-metrics computes it with Wasserman and Faust's correction (reached
 * nodes over their total distance, times the share of the graph reached), by a breadth-first
 * search from each node, saying how far it has got. With `sampled` sources it is estimated
 * instead (Eppstein and Wang): each node's mean distance to the sources that reach it, and the
 * share of them that do. Out: one value per node.
 */
export function closenessOf(
  neighbours: readonly Set<number>[],
  onProgress: (done: number) => void,
  sampled: Int32Array | null = null,
): Float64Array {
  const n = neighbours.length;
  // The neighbour lists packed into two arrays: a search visits them millions of times.
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + neighbours[i]!.size;
  const flat = new Int32Array(starts[n]!);
  neighbours.forEach((set, i) => flat.set([...set], starts[i]));
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const total = new Float64Array(n);
  const reached = new Float64Array(n);
  const out = new Float64Array(n);
  const sources = sampled?.length ?? n;
  const step = Math.max(1, Math.ceil(sources / 100));
  for (let k = 0; k < sources; k++) {
    const source = sampled ? sampled[k]! : k;
    let [head, tail, sum, count] = [0, 1, 0, 0];
    queue[0] = source;
    distance[source] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const d = distance[v]!;
      if (d > 0) {
        sum += d;
        count++;
        if (sampled) {
          total[v]! += d;
          reached[v]! += 1;
        }
      }
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = flat[j]!;
        if (distance[w] === -1) {
          distance[w] = d + 1;
          queue[tail++] = w;
        }
      }
    }
    for (let i = 0; i < tail; i++) distance[queue[i]!] = -1;
    if (!sampled) out[source] = sum > 0 && n > 1 ? (count / sum) * (count / (n - 1)) : 0;
    if (k % step === step - 1) onProgress((k + 1) / sources);
  }
  if (sampled) {
    const isSource = new Uint8Array(n);
    for (const s of sampled) isSource[s] = 1;
    for (let v = 0; v < n; v++) {
      // The sources other than v itself, and of them the share that reach it.
      const others = sources - isSource[v]!;
      out[v] = total[v]! > 0 && others > 0 ? (reached[v]! / total[v]!) * (reached[v]! / others) : 0;
    }
  }
  return out;
}

/** `count` distinct nodes of `n`, the same for the same graph size (a seeded shuffle). */
export function sampleSources(n: number, count: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = seeded(n);
  for (let i = 0; i < Math.min(count, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, Math.min(count, n)).sort();
}

/**
 * Computes every metric, cheap ones first, reporting each batch as it is ready so a caller can
 * show them before the slow ones (betweenness and closeness are O(nodes × edges)).
 * Centralities use the undirected simple graph, PageRank the directed one.
 */
export function computeMetrics(
  g: CompactGraph,
  onBatch: (values: MetricValues, done: number) => void,
  exact = g.n <= ESTIMATE_ABOVE,
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
  const sampled = exact ? null : sampleSources(g.n, SAMPLED_SOURCES);
  report(
    { closeness: closenessOf(neighbours, (done) => onBatch({}, 0.05 + 0.25 * done), sampled) },
    0.3,
  );
  report(
    { betweenness: betweennessOf(graph, (done) => onBatch({}, 0.3 + 0.69 * done), sampled) },
    1,
  );
  return all;
}
