import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { anchorProblems } from '../graph/anchorCheck';
import type { GraphModel } from '../graph/model';
import { loadGraphText } from '../graph/load';
import { formatProblem } from '../i18n/problems';
import { LIMITS } from '../schema/limits';
import { capProblems, problem, tooLarge, type Problem } from '../schema/problems';

// The command line speaks English; the app words the same problems in the reader's language.
const say = (p: Problem) => formatProblem(p, 'en');

/** Where the command writes: standard output and standard error, or a test's lists. */
export interface Output {
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

/**
 * Checks one graph file the way the app loads it. Writes one summary line for a good file, or
 * every problem. Out: whether it is good.
 */
export function validateFile(path: string, out: Output): boolean {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxBytes) {
      out.error(say(tooLarge(size, LIMITS.maxBytes, { file: path })));
      return false;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    out.error(say(problem('input.unreadable', { detail }, { file: path })));
    return false;
  }
  const result = loadGraphText(text);
  if (!result.ok) {
    out.error(
      `${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
    );
    for (const p of capProblems(result.problems)) out.error(`  ${say(p)}`);
    return false;
  }
  const { graph } = result;
  // Quotes are checked here against every text there is, a document beside the file included,
  // and one not found is an error that names the nearest passage.
  const anchors = anchorProblems(graph.edges, textsBeside(path, graph), { nearest: true });
  const unfound = anchors.filter((p) => p.code !== 'evidence.moved');
  if (unfound.length) {
    out.error(`${path}: ${unfound.length} quote${unfound.length === 1 ? '' : 's'} not in source`);
    for (const p of capProblems(unfound)) out.error(`  ${say(p)}`);
    return false;
  }
  const anchored = graph.edges.reduce((n, e) => n + e.provenance.length, 0);
  const texts = [...graph.sources.values()].filter(
    (s) => s.text !== undefined || s.document !== undefined,
  ).length;
  out.log(
    `${path}: ok — ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.sectors.size} sectors, ${graph.relations.size} relations, ${anchored} quotes checked against ${texts} source text${texts === 1 ? '' : 's'}`,
  );
  const warnings = [
    ...result.warnings.filter((w) => !ANCHOR_CODES.has(w.code)),
    ...anchors.filter((p) => p.code === 'evidence.moved'),
  ];
  for (const w of warnings) out.log(`  warning: ${say(w)}`);
  return true;
}

const ANCHOR_CODES = new Set(['evidence.notInSource', 'evidence.moved']);

/** Each source's text: the file's own, else its document read from beside the file. */
function textsBeside(path: string, graph: GraphModel): (id: string) => string | undefined {
  return (id) => {
    const source = graph.sources.get(id);
    if (source?.text !== undefined) return source.text;
    if (source?.document === undefined) return undefined;
    try {
      return readFileSync(resolve(dirname(path), source.document), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** `npm run validate -- FILE...`. Out: the exit code: 0 all good, 1 any bad, 2 no file given. */
export function validateFiles(args: readonly string[], out: Output): number {
  const files = args.filter((a) => a !== '--');
  if (files.length === 0) {
    out.error('usage: npm run validate -- path/to/graph.json [more.json ...]');
    return 2;
  }
  const results = files.map((f) => validateFile(f, out));
  return results.every(Boolean) ? 0 : 1;
}
