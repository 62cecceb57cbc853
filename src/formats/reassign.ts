import { loadGraphValue, type LoadResult } from '../graph/load';
import type { AttributeValue, GraphModel } from '../graph/model';
import { toGraphFile } from './export';
import { nodeTypeFor, Vocabulary } from './names';
import { BEFORE } from './guessNames';
import { asList, asText } from './values';

/** What a user can take from another field of the file: three of nodes', one of edges'. */
export type FieldRole = 'label' | 'type' | 'sectors' | 'relation';

/** Where each role's values go when another field takes its place, so the choice can be undone. */
export const PREVIOUS: Readonly<Record<FieldRole, string>> = {
  label: BEFORE.label,
  type: 'type (before)',
  sectors: 'sectors (before)',
  relation: BEFORE.relation,
};

/** The attributes a user may choose from for a role (edges' for relations), most common first. */
export function attributeNames(graph: GraphModel, role: FieldRole = 'label'): string[] {
  const counts = new Map<string, number>();
  for (const r of role === 'relation' ? graph.edges : graph.nodes)
    for (const [k, v] of Object.entries(r.attributes ?? {}))
      if (asText(v) !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

type PlainEdge = {
  relation: string;
  label: { en: string; hi?: string };
  attributes?: Record<string, AttributeValue>;
};

/**
 * Relations read from an edge attribute: each edge with a value takes it as its relation (and
 * as its label, where the label only repeated the relation), the old name kept under
 * "relation (before)". Edges without a value keep theirs.
 */
function reassignRelations(graph: GraphModel, attribute: string): LoadResult {
  const file = toGraphFile(graph) as { relations: unknown[]; edges: PlainEdge[] };
  const vocabulary = new Vocabulary('relation');
  const nameOf = (id: string) => graph.relations.get(id)?.label.en ?? id;
  file.edges.forEach((edge, i) => {
    const model = graph.edges[i];
    const text = asText(edge.attributes?.[attribute]);
    if (!model || text === undefined) {
      edge.relation = vocabulary.idFor(nameOf(model?.relation ?? edge.relation));
      return;
    }
    const attributes = { ...edge.attributes };
    delete attributes[attribute];
    const before = nameOf(model.relation);
    attributes[PREVIOUS.relation] = before;
    edge.relation = vocabulary.idFor(text);
    if (model.label.en === before && model.label.hiMissing) edge.label = { en: text };
    edge.attributes = attributes;
  });
  file.relations = vocabulary.entries;
  return loadGraphValue(file);
}

type PlainNode = {
  label: { en: string; hi?: string };
  type: string;
  sectors: string[];
  attributes?: Record<string, AttributeValue>;
};

/**
 * The graph with one of its fields taken from an attribute instead: every node's label, type
 * or sectors (or every edge's relation) read from `attribute` (nodes without a value keep theirs), the values they had
 * kept under a "(before)" attribute so the user can choose them back. Graph in, graph out,
 * through the loader like any file. In: the graph, the role and the attribute's name.
 */
export function reassignField(graph: GraphModel, role: FieldRole, attribute: string): LoadResult {
  if (role === 'relation') return reassignRelations(graph, attribute);
  const file = toGraphFile(graph) as {
    sectors: { id: string; label: { en: string } }[];
    nodes: PlainNode[];
  };
  const sectorName = new Map(graph.sectors.entries());
  const vocabulary = new Vocabulary('sector');
  file.nodes.forEach((node, i) => {
    const model = graph.nodes[i];
    const value = node.attributes?.[attribute];
    const text = asText(value);
    if (!model || text === undefined) {
      if (role === 'sectors')
        node.sectors = (model?.sectors ?? []).map((id) =>
          vocabulary.idFor(sectorName.get(id)?.label.en ?? id),
        );
      return;
    }
    const attributes = { ...node.attributes };
    delete attributes[attribute];
    if (role === 'label') {
      attributes[PREVIOUS.label] = model.label.en;
      node.label = { en: text };
    } else if (role === 'type') {
      attributes[PREVIOUS.type] = model.type;
      node.type = nodeTypeFor(text) ?? 'other';
      if (node.type === 'other') attributes.type = text;
    } else {
      attributes[PREVIOUS.sectors] = model.sectors.map((id) => sectorName.get(id)?.label.en ?? id);
      node.sectors = asList(value).map((name) => vocabulary.idFor(name));
    }
    node.attributes = attributes;
  });
  if (role === 'sectors') file.sectors = vocabulary.entries;
  return loadGraphValue(file);
}
