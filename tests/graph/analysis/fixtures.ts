import { importFiles } from '../../../src/formats/importGraph';
import type { GraphModel } from '../../../src/graph/model';

/** A graph from a nodes CSV (optional) and an edges CSV, loaded as the app loads them. */
export function graphOf(edges: string, nodes?: string): GraphModel {
  const files = [{ name: 'edges.csv', text: edges }];
  if (nodes !== undefined) files.unshift({ name: 'nodes.csv', text: nodes });
  const r = importFiles(files);
  if (!r.ok) throw new Error(`must load: ${JSON.stringify(r.problems)}`);
  return r.graph;
}

/** The model index of each node id, for reading per-node arrays. */
export const at = (graph: GraphModel, id: string) => graph.nodes.findIndex((n) => n.id === id);
