import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { anchorQuote, selectorFor } from '../graph/anchor';
import { normalisedText } from '../schema/text';
import { isRecord } from '../schema/values';

/**
 * `npm run anchor -- FILE.json`: gives each quote of a graph file in our format the selector
 * that finds it in its source's text, and copies each source's document (a path beside the
 * file) into the file as its `text`, so the file is self-contained. A quote its source does
 * not hold is left without a selector and named; `npm run validate` then reports it with the
 * nearest passage. Writes the file back; exits 1 if any quote was not found.
 */
function main(path: string): number {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(value) || !Array.isArray(value.sources) || !Array.isArray(value.edges)) {
    console.error(`${path}: not a graph file in our format`);
    return 2;
  }
  const texts = new Map<string, string>();
  for (const source of value.sources) {
    if (!isRecord(source) || typeof source.id !== 'string') continue;
    if (typeof source.document === 'string')
      source.text = readFileSync(resolve(dirname(path), source.document), 'utf8');
    if (typeof source.text === 'string') {
      // Kept in the file as selectors count it, so the positions hold in the text it carries.
      const text = normalisedText(source.text);
      source.text = text;
      texts.set(source.id, text);
    }
  }
  let anchored = 0;
  let missed = 0;
  value.edges.forEach((edge: unknown, i) => {
    if (!isRecord(edge) || !Array.isArray(edge.provenance)) return;
    edge.provenance.forEach((p: unknown, j) => {
      if (!isRecord(p) || typeof p.quote !== 'string' || typeof p.source !== 'string') return;
      const text = texts.get(p.source);
      if (text === undefined) return;
      const kept = isRecord(p.selector) ? p.selector : {};
      const found = anchorQuote(text, { ...kept, exact: p.quote }, { fuzzy: false });
      if (!found) {
        console.error(`edges[${i}].provenance[${j}]: quote not found in source "${p.source}"`);
        missed++;
        return;
      }
      p.selector = selectorFor(text, found.from, found.to);
      anchored++;
    });
  });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`${path}: ${anchored} quotes anchored, ${missed} not found`);
  return missed ? 1 : 0;
}

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length !== 1) {
  console.error('usage: npm run anchor -- path/to/graph.json');
  process.exit(2);
}
process.exit(main(files[0] ?? ''));
