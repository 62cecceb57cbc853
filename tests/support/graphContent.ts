import type { GraphModel } from '../../src/graph/model';

/** Everything a model holds, as plain data to compare two models by. */
export function contentOf(g: GraphModel) {
  return {
    meta: g.meta,
    sources: [...g.sources.values()],
    sectors: [...g.sectors.values()],
    relations: [...g.relations.values()],
    nodes: g.nodes,
    edges: g.edges,
  };
}
