import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/cli/validateFiles';
import { fixturePath } from '../fixtures/readFixture';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The command, run in this process: the same code, without a cold start of Node and tsx. */
function validate(...files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = validateFiles(files, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.map((l) => `${l}\n`).join(''), err: err.map((l) => `${l}\n`).join('') };
}

/** The shipped file as data, to spoil one thing in. */
const shippedFile = () =>
  JSON.parse(readFileSync(join(root, 'data/jharkhand-japan.graph.json'), 'utf8')) as {
    sources: { text?: string }[];
    edges: { provenance: { quote: string; selector?: unknown }[] }[];
  };

describe('npm run validate', () => {
  it('passes the shipped data with a one-line summary', () => {
    const { code, out } = validate('data/jharkhand-japan.graph.json');
    expect(out.trim()).toBe(
      'data/jharkhand-japan.graph.json: ok — 41 nodes, 59 edges, 9 sectors, 22 relations, 70 quotes checked against 1 source text',
    );
    expect(code).toBe(0);
  });

  it('lists every problem with its location and exits non-zero', () => {
    const file = fixturePath('dangling-edge.graph.json');
    const { code, err } = validate(file);
    expect(err.split('\n')).toEqual([
      `${file}: 2 problems`,
      '  edges[0].target: "jetro" is not a node id',
      '  edges[0].relation: "funds" is not a relation id; declare it under "relations"',
      '',
    ]);
    expect(code).toBe(1);
  });

  it('names a mis-copied quote with its place and the nearest passage, and exits non-zero', () => {
    const value = shippedFile();
    // One vowel sign dropped from a quote, as a hurried copy would.
    const evidence = value.edges[12]!.provenance[0]!;
    const quote = evidence.quote;
    evidence.quote = quote.replace('निर्देशानुसार', 'निर्देशनुसार');
    expect(evidence.quote).not.toBe(quote);
    delete evidence.selector;
    const dir = mkdtempSync(join(tmpdir(), 'sge-'));
    const file = join(dir, 'miscopied.json');
    writeFileSync(file, JSON.stringify(value));
    const { code, err } = validate(file);
    expect(code).toBe(1);
    const lines = err.trim().split('\n');
    expect(lines[0]).toBe(`${file}: 1 quote not in source`);
    expect(lines[1]).toMatch(
      /^ {2}edges\[12\]\.provenance\[0\]\.quote: the quote is not in the text of source "article"; nearest: “.*निर्देशानुसार.*” \(9\d% alike\)$/,
    );
  });

  it('reads a source text from its document beside the file', () => {
    const value = shippedFile();
    delete value.sources[0]!.text;
    value.edges[0]!.provenance[0]!.quote = 'यह वाक्य लेख में कहीं नहीं है और न ही इसके जैसा कुछ';
    delete value.edges[0]!.provenance[0]!.selector;
    const dir = mkdtempSync(join(tmpdir(), 'sge-'));
    mkdirSync(join(dir, 'sources'));
    copyFileSync(
      join(root, 'data/sources/jharkhand-japan-meetings.hi.txt'),
      join(dir, 'sources/jharkhand-japan-meetings.hi.txt'),
    );
    const file = join(dir, 'beside.json');
    writeFileSync(file, JSON.stringify(value));
    const { code, err } = validate(file);
    expect(code).toBe(1);
    expect(err).toContain(
      'edges[0].provenance[0].quote: the quote is not in the text of source "article"\n',
    );
  });

  it('reports malformed JSON by line and column', () => {
    const file = fixturePath('malformed.graph.json');
    const { code, err } = validate(file);
    expect(err).toContain('  line 5, column 18: malformed JSON:');
    expect(code).toBe(1);
  });

  it('refuses a file over the size limit by its size alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sge-')), 'huge.json');
    writeFileSync(file, Buffer.alloc(21 * 1024 * 1024, 32));
    const { code, err } = validate(file);
    expect(err.trim()).toBe(`${file}: the file is 21.0 MiB, over the limit of 20.0 MiB`);
    expect(code).toBe(1);
  });

  it('fails when any one of several files is bad', () => {
    const { code } = validate(
      'data/jharkhand-japan.graph.json',
      fixturePath('unknown-sector.graph.json'),
    );
    expect(code).toBe(1);
  });

  // One real run of the command as npm starts it; a cold start of tsx on a busy machine can
  // take seconds, which is not what this checks.
  it('runs as a command and exits with its code', { timeout: 60_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/validate.ts', fixturePath('dangling-edge.graph.json')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.stderr).toContain('2 problems');
    expect(run.status).toBe(1);
  });
});
