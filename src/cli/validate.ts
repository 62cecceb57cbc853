import { readFileSync, statSync } from 'node:fs';
import { loadGraphText } from '../graph/load';
import { LIMITS, formatBytes } from '../schema/limits';
import { problemToString } from '../schema/problems';

/**
 * `npm run validate -- FILE...`: checks graph files the way the app loads them.
 * Prints one summary line per good file, or every problem; exits 1 if any file has an error.
 */
function validateFile(path: string): boolean {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxBytes) {
      console.error(
        `${path}: the file is ${formatBytes(size)}, larger than the limit of ${formatBytes(LIMITS.maxBytes)}`,
      );
      return false;
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(
      `${path}: cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    );
    return false;
  }
  const result = loadGraphText(text);
  if (!result.ok) {
    console.error(
      `${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
    );
    for (const p of result.problems) console.error(`  ${problemToString(p)}`);
    return false;
  }
  const { graph, warnings } = result;
  console.log(
    `${path}: ok — ${graph.nodes.length} nodes, ${graph.edges.length} edges, ${graph.sectors.size} sectors, ${graph.relations.size} relations`,
  );
  for (const w of warnings) console.log(`  warning: ${problemToString(w)}`);
  return true;
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0) {
  console.error('usage: npm run validate -- path/to/graph.json [more.json ...]');
  process.exit(2);
}
const results = files.map(validateFile);
process.exit(results.every(Boolean) ? 0 : 1);
