import type { GraphFile } from './graphFile';
import type { Problem } from './problems';

const MEMBER_TYPES = new Set(['organisation', 'government', 'country']);

/** What the semantic pass finds: errors stop a load, warnings are shown beside a loaded graph. */
export interface SemanticReport {
  readonly errors: Problem[];
  readonly warnings: Problem[];
}

function indexUnique<T extends { id: string }>(
  items: readonly T[],
  list: string,
  what: string,
  errors: Problem[],
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else
      errors.push({
        path: `${list}[${i}].id`,
        message: `"${item.id}" is already the id of ${list}[${first}]; ${what} ids must be unique`,
      });
  });
  return seen;
}

/**
 * Checks what a schema cannot: unique ids, references that resolve, and declared vocabularies.
 * In: a file that passed the schema. Out: every error and warning found, each located.
 * Always holds: an empty `errors` means every reference in the file resolves.
 */
export function checkSemantics(file: GraphFile): SemanticReport {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const sectorIds = indexUnique(file.sectors, 'sectors', 'sector', errors);
  const relationIds = indexUnique(file.relations, 'relations', 'relation', errors);
  const sourceIds = indexUnique(file.sources, 'sources', 'source', errors);

  // Nodes and edges share one id space, so a selection in the URL names exactly one thing.
  const elementIds = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const first = elementIds.get(id);
    if (first === undefined) elementIds.set(id, where);
    else
      errors.push({
        path: `${where}.id`,
        message: `"${id}" is already the id of ${first}; ids must be unique across nodes and edges`,
      });
  };
  file.nodes.forEach((n, i) => claim(n.id, `nodes[${i}]`));
  file.edges.forEach((e, i) => claim(e.id, `edges[${i}]`));
  const nodeIndex = new Map<string, number>();
  file.nodes.forEach((n, i) => {
    if (!nodeIndex.has(n.id)) nodeIndex.set(n.id, i);
  });
  const nodeAt = (id: string) => {
    const i = nodeIndex.get(id);
    return i === undefined ? undefined : file.nodes[i];
  };

  file.nodes.forEach((node, i) => {
    node.sectors.forEach((s, j) => {
      if (!sectorIds.has(s))
        errors.push({
          path: `nodes[${i}].sectors[${j}]`,
          message: `"${s}" is not a sector id; declare it under "sectors"`,
        });
    });
    if (new Set(node.sectors).size !== node.sectors.length)
      warnings.push({ path: `nodes[${i}].sectors`, message: 'lists a sector more than once' });
    if (node.organisation !== undefined) {
      const org = nodeAt(node.organisation);
      if (!org)
        errors.push({
          path: `nodes[${i}].organisation`,
          message: `"${node.organisation}" is not a node id`,
        });
      else if (!MEMBER_TYPES.has(org.type))
        errors.push({
          path: `nodes[${i}].organisation`,
          message: `"${node.organisation}" is a ${org.type}, not an organisation, government body or country`,
        });
    }
  });

  file.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIndex.has(edge[end]))
        errors.push({ path: `edges[${i}].${end}`, message: `"${edge[end]}" is not a node id` });
    }
    if (!relationIds.has(edge.relation))
      errors.push({
        path: `edges[${i}].relation`,
        message: `"${edge.relation}" is not a relation id; declare it under "relations"`,
      });
    if (edge.meeting !== undefined) {
      const meeting = nodeAt(edge.meeting);
      if (!meeting)
        errors.push({ path: `edges[${i}].meeting`, message: `"${edge.meeting}" is not a node id` });
      else if (meeting.type !== 'meeting')
        errors.push({
          path: `edges[${i}].meeting`,
          message: `"${edge.meeting}" is a ${meeting.type}, not a meeting`,
        });
    }
    edge.provenance.forEach((p, j) => {
      if (!sourceIds.has(p.source))
        errors.push({
          path: `edges[${i}].provenance[${j}].source`,
          message: `"${p.source}" is not a source id; declare it under "sources"`,
        });
    });
    if (edge.provenance.length === 0)
      warnings.push({
        path: `edges[${i}].provenance`,
        message: 'has no evidence; add the sentence that supports it',
      });
  });
  return { errors, warnings };
}
