import { describe, expect, it } from 'vitest';
import { decodeUtf8, readUserFiles } from '../../src/io/readFiles';
import { LIMITS } from '../../src/schema/limits';
import { message } from '../support/problems';

describe('reading the user’s files', () => {
  it('drops a byte-order mark and keeps Devanagari', () => {
    const bytes = new TextEncoder().encode('\uFEFFid,label_hi\nr,रांची');
    expect(decodeUtf8('n.csv', bytes.buffer)).toEqual({
      ok: true,
      file: { name: 'n.csv', text: 'id,label_hi\nr,रांची' },
    });
  });

  it('refuses a file over the limit by its size, before reading it', async () => {
    const big = new File(['x'], 'big.json');
    Object.defineProperty(big, 'size', { value: LIMITS.maxBytes + 5 * 1024 * 1024 });
    Object.defineProperty(big, 'arrayBuffer', {
      value: () => Promise.reject(new Error('must not read')),
    });
    const r = await readUserFiles([big]);
    expect(r.ok ? [] : r.problems.map(message)).toEqual([
      'the file is 25.0 MiB, over the limit of 20.0 MiB',
    ]);
  });

  it('reads several files, and refuses them all if one is not UTF-8', async () => {
    const good = new File(['id\na'], 'n.csv');
    const bad = new File([new Uint8Array([0x61, 0xe9, 0x0a])], 'e.csv');
    const ok = await readUserFiles([good]);
    expect(ok.ok && ok.files).toEqual([{ name: 'n.csv', text: 'id\na' }]);
    const r = await readUserFiles([good, bad]);
    expect(r.ok ? [] : r.problems.map((p) => p.file)).toEqual(['e.csv']);
  });
});
