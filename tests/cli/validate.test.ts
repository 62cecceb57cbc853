import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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

describe('npm run validate', () => {
  it('passes the shipped data with a one-line summary', () => {
    const { code, out } = validate('data/jharkhand-japan.graph.json');
    expect(out.trim()).toBe(
      'data/jharkhand-japan.graph.json: ok — 41 nodes, 59 edges, 9 sectors, 22 relations',
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
