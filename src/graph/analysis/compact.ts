import { NODE_TYPES, type NodeType } from '../../schema/graphFile';
import type { GraphModel } from '../model';

/**
 * A graph as numbers, for the analyses and the worker that runs them: node `i` is the model's
 * `nodes[i]`, edge `k` its `edges[k]`. Typed arrays cross to a worker without a copy per item.
 */
export interface CompactGraph {
  readonly n: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** The edge's weight, 1 where the file gives none. */
  readonly weight: Float64Array;
  /** 1 for a directed edge (the default), 0 for one without direction. */
  readonly directed: Uint8Array;
  /** Index in {@link NODE_TYPES}. */
  readonly type: Uint8Array;
}

/** The compact form of a model. O(nodes + edges). */
export function compactOf(graph: GraphModel): CompactGraph {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const typeIndex = new Map<NodeType, number>(NODE_TYPES.map((t, i) => [t, i]));
  const m = graph.edges.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const directed = new Uint8Array(m);
  graph.edges.forEach((e, k) => {
    source[k] = index.get(e.source) ?? 0;
    target[k] = index.get(e.target) ?? 0;
    weight[k] = e.weight ?? 1;
    directed[k] = e.directed === false ? 0 : 1;
  });
  const type = Uint8Array.from(graph.nodes, (node) => typeIndex.get(node.type) ?? 0);
  return { n: graph.nodes.length, source, target, weight, directed, type };
}

/** Each node's neighbours (self-loops left out, each neighbour once), in edge order. */
export function neighbourSets(g: CompactGraph): Set<number>[] {
  const sets = Array.from({ length: g.n }, () => new Set<number>());
  for (let k = 0; k < g.source.length; k++) {
    const s = g.source[k]!;
    const t = g.target[k]!;
    if (s === t) continue;
    sets[s]!.add(t);
    sets[t]!.add(s);
  }
  return sets;
}

/** A compact graph of part of a model, and where each of its edges is in the model. */
export interface ScopedCompact {
  readonly graph: CompactGraph;
  /** The model's index of compact edge `k`. */
  readonly edgeIndex: Int32Array;
}

/**
 * The compact form of a model without some of its nodes and edges: node indexes stay the
 * model's (a left-out node is there with no edges, so values per node still line up), and an
 * edge is left out with either end. In: the model and the ids to leave out (null: none).
 */
export function compactWithin(
  graph: GraphModel,
  excluded: ReadonlySet<string> | null,
  whole: CompactGraph = compactOf(graph),
): ScopedCompact {
  if (!excluded) return { graph: whole, edgeIndex: Int32Array.from(graph.edges, (_, k) => k) };
  const kept: number[] = [];
  graph.edges.forEach((e, k) => {
    if (!excluded.has(e.id) && !excluded.has(e.source) && !excluded.has(e.target)) kept.push(k);
  });
  const pick = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T) => {
    const out = make(kept.length);
    kept.forEach((k, i) => (out[i] = a[k] ?? 0));
    return out;
  };
  return {
    graph: {
      ...whole,
      source: pick(whole.source, (n) => new Int32Array(n)),
      target: pick(whole.target, (n) => new Int32Array(n)),
      weight: pick(whole.weight, (n) => new Float64Array(n)),
      directed: pick(whole.directed, (n) => new Uint8Array(n)),
    },
    edgeIndex: Int32Array.from(kept),
  };
}
