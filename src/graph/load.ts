import { graphFileSchema } from '../schema/graphFile';
import { isRecord, parseJsonText } from '../schema/json';
import { LIMITS } from '../schema/limits';
import { capProblems, problemsFromZod, type Problem } from '../schema/problems';
import { reservedKeyProblems } from '../schema/reserved';
import { checkSemantics } from '../schema/semantic';
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
    out.push({
      path: 'nodes',
      message: `has ${nodes.length} nodes; the limit is ${LIMITS.maxNodes}`,
    });
  if (Array.isArray(edges) && edges.length > LIMITS.maxEdges)
    out.push({
      path: 'edges',
      message: `has ${edges.length} edges; the limit is ${LIMITS.maxEdges}`,
    });
  return out;
}

/**
 * Validates an already-parsed value and builds the model. In: anything. Out: a model with
 * warnings, or every problem found (capped), each located. Never throws, never half-loads.
 */
export function loadGraphValue(value: unknown): LoadResult {
  try {
    const tooMany = countProblems(value);
    if (tooMany.length) return { ok: false, problems: tooMany };
    const reserved = reservedKeyProblems(value);
    if (reserved.length) return { ok: false, problems: reserved };
    const parsed = graphFileSchema.safeParse(value, { reportInput: true });
    if (!parsed.success)
      return { ok: false, problems: capProblems(problemsFromZod(parsed.error.issues)) };
    const { errors, warnings } = checkSemantics(parsed.data);
    if (errors.length) return { ok: false, problems: capProblems(errors) };
    return { ok: true, graph: buildModel(parsed.data), warnings: capProblems(warnings) };
  } catch (error) {
    // The checks above are total; this guards the promise "never throws" against engine limits.
    return {
      ok: false,
      problems: [{ path: '', message: `could not read the graph: ${String(error)}` }],
    };
  }
}

/**
 * The whole loader: text → JSON → schema → semantic checks → immutable model.
 * In: the file's text. Out: as {@link loadGraphValue}; malformed JSON gives line and column.
 */
export function loadGraphText(text: string): LoadResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return loadGraphValue(json.value);
}
