import {
  edgeSchema,
  FORMAT_NAME,
  FORMAT_VERSION,
  graphShellSchema,
  nodeSchema,
  type EdgeRecord,
  type GraphFile,
  type NodeRecord,
} from '../schema/graphFile';
import { parseJsonText } from '../schema/json';
import { LIMITS } from '../schema/limits';
import { problemsFromZod, summarise, tooMany, type Problem } from '../schema/problems';
import { checkSemantics, referenceProblems } from '../schema/semantic';
import { isRecord } from '../schema/values';
import { anchorProblems, ownTexts } from './anchorCheck';
import { buildModel, type GraphModel } from './model';

export type LoadResult =
  | { readonly ok: true; readonly graph: GraphModel; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Refuses oversized lists before the schema walks every item of them. */
function countProblems(value: unknown): Problem[] {
  if (!isRecord(value)) return [];
  const out: Problem[] = [];
  const { nodes, edges } = value;
  if (Array.isArray(nodes) && nodes.length > LIMITS.maxNodes)
    out.push(tooMany('nodes', nodes.length, LIMITS.maxNodes, { path: 'nodes' }));
  if (Array.isArray(edges) && edges.length > LIMITS.maxEdges)
    out.push(tooMany('edges', edges.length, LIMITS.maxEdges, { path: 'edges' }));
  return out;
}

/**
 * Validates a value and builds the model. In: a value from {@link parseJsonText} (which has
 * refused reserved keys) or from a format reader (which refuses them as it builds). Out: a
 * model with warnings (recurring ones summarised), or every problem found, each located; the
 * interface shows the first {@link MAX_PROBLEMS} and offers the whole list. Total: it returns a
 * result for any such value and never half-loads.
 */
export function loadGraphValue(value: unknown): LoadResult {
  const overLimits = countProblems(value);
  if (overLimits.length) return { ok: false, problems: overLimits };
  const parsed = parseGraphFile(value);
  if (!parsed.ok) {
    // Every problem at once: the schema's, and the references that can be checked anyway.
    const schema = parsed.problems;
    const said = new Set(schema.map((p) => p.path));
    for (const p of referenceProblems(value)) if (!said.has(p.path)) schema.push(p);
    return { ok: false, problems: schema };
  }
  const { errors, warnings } = checkSemantics(parsed.file);
  if (errors.length) return { ok: false, problems: errors };
  // A quote its source's text does not hold still loads: the reader shows what is alike.
  warnings.push(...anchorProblems(parsed.file.edges, ownTexts(parsed.file.sources)));
  return { ok: true, graph: buildModel(parsed.file), warnings: summarise(warnings) };
}

/** The schema over a graph file, its nodes and edges checked one at a time. */
function parseGraphFile(
  value: unknown,
): { ok: true; file: GraphFile } | { ok: false; problems: Problem[] } {
  const shell = graphShellSchema.safeParse(value, { reportInput: true });
  const problems = shell.success ? [] : problemsFromZod(shell.error.issues);
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const items = (key: 'nodes' | 'edges'): unknown[] => {
    const list = isRecord(value) ? value[key] : undefined;
    return Array.isArray(list) ? list : [];
  };
  items('nodes').forEach((item, i) => {
    const r = nodeSchema.safeParse(item, { reportInput: true });
    if (r.success) nodes.push(r.data);
    else problemsFromZod(r.error.issues, ['nodes', i], problems);
  });
  items('edges').forEach((item, i) => {
    const r = edgeSchema.safeParse(item, { reportInput: true });
    if (r.success) edges.push(r.data);
    else problemsFromZod(r.error.issues, ['edges', i], problems);
  });
  if (!shell.success || problems.length) return { ok: false, problems };
  return { ok: true, file: { ...shell.data, nodes, edges } };
}

/**
 * The whole loader: text → JSON → schema → semantic checks → immutable model.
 * In: the file's text. Out: as {@link loadGraphValue}; malformed JSON gives line and column.
 */
export function loadGraphText(text: string): LoadResult {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return loadGraphValue(json.value);
}

/** A map with nothing in it yet, titled: where a map made in the browser starts. */
export function emptyGraph(title: { readonly en: string; readonly hi: string }): GraphModel {
  return buildModel({
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    meta: { title: { en: title.en, hi: title.hi } },
    sources: [],
    sectors: [],
    relations: [],
    nodes: [],
    edges: [],
    stories: [],
  });
}
