import { describe, expect, it } from 'vitest';
import { importFromUrl, importUserFiles } from '../../src/io/importData';
import { createAppStore } from '../../src/store/store';
import { shippedGraph } from '../graph/shippedGraph';

const store = () =>
  createAppStore({ graph: shippedGraph(), origin: { kind: 'bundled', name: 'x' }, lang: 'en' });
const csv = (name: string, rows: number) =>
  new File(
    [`id\n${Array.from({ length: rows }, (_, i) => `${name}${i}`).join('\n')}`],
    `${name}.csv`,
  );

describe('imports are sequenced (issue #10)', () => {
  it('the file opened last is shown, whichever read finishes first, and the other says it stopped', async () => {
    const s = store();
    const big = importUserFiles(s, [csv('big', 15_000)]);
    const small = importUserFiles(s, [csv('small', 3)]);
    await Promise.all([big, small]);
    expect(s.getState().graph.nodes.map((n) => n.id)).toEqual(['small0', 'small1', 'small2']);
    expect(s.getState().origin).toEqual({ kind: 'file', name: 'small.csv' });
    expect(s.getState().importing).toBeNull();
    expect(s.getState().notices.map((n) => [n.key, n.params])).toContainEqual([
      'notice.importSuperseded',
      { name: 'big.csv' },
    ]);
  });

  it('a slow ?data= download never replaces a file the user opened meanwhile', async () => {
    const s = store();
    let answer: (r: Response) => void = () => undefined;
    const slow = (() =>
      new Promise<Response>((resolve) => {
        answer = resolve;
      })) as unknown as typeof fetch;
    const linked = importFromUrl(s, 'https://data.example.org/g.csv', { fetchImpl: slow });
    await importUserFiles(s, [csv('mine', 2)]);
    answer(new Response('id\nlate', { headers: { 'content-type': 'text/csv' } }));
    expect(await linked).toBe(false);
    expect(s.getState().graph.nodes.map((n) => n.id)).toEqual(['mine0', 'mine1']);
    expect(s.getState().importReport?.outcome).not.toBe('failed');
  });
});
