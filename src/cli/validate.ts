import { readFileSync, statSync } from 'node:fs';
import { loadGraphText } from '../graph/load';
import { formatProblem } from '../i18n/problems';
import { LIMITS } from '../schema/limits';
import { capProblems, problem, tooLarge, type Problem } from '../schema/problems';

// The command line speaks English; the app words the same problems in the reader's language.
const say = (p: Problem) => formatProblem(p, 'en');

/**
 * `npm run validate -- FILE...`: checks graph files the way the app loads them.
 * Prints one summary line per good file, or every problem; exits 1 if any file has an error.
 */
function validateFile(path: string): boolean {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxBytes) {
      console.error(say(tooLarge(size, LIMITS.maxBytes, { file: path })));
      return false;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(say(problem('input.unreadable', { detail }, { file: path })));
    return false;
  }
  const result = loadGraphText(text);
  if (!result.ok) {
    console.error(
      `${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
    );
    for (const p of capProblems(result.problems)) console.error(`  ${say(p)}`);
    return false;
  }
  const { graph, warnings } = result;
  console.log(
    `${path}: ok — ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.sectors.size} sectors, ${graph.relations.size} relations`,
  );
  for (const w of warnings) console.log(`  warning: ${say(w)}`);
  return true;
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/graph.json [more.json ...]');
  process.exit(2);
}
const results = files.map(validateFile);
process.exit(results.every(Boolean) ? 0 : 1);
