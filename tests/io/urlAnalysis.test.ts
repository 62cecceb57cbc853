import { describe, expect, it } from 'vitest';
import { decodeView, encodeView } from '../../src/io/urlState';
import { shippedGraph } from '../graph/shippedGraph';

const graph = shippedGraph();
const decode = (query: string) => decodeView(new URLSearchParams(query), graph);

describe('analysis in a shared link', () => {
  it('reads paths, look, groups and ranges', () => {
    const { view, notices } = decode(
      'path=aditi-puri,ryohei-aiba&directed=yes&avoid=place,document&size=metric:pagerank&colour=sector&groups=community&range=metric:closeness,0.1,0.5',
    );
    expect(notices).toEqual([]);
    expect(view.pathQuery).toEqual({
      from: 'aditi-puri',
      to: 'ryohei-aiba',
      directed: true,
      avoid: new Set(['place', 'document']),
    });
    expect(view.appearance).toEqual({
      size: { kind: 'metric', name: 'pagerank' },
      colour: { kind: 'sector' },
    });
    expect(view.roleGroup).toEqual({ kind: 'community' });
    expect(view.filters.ranges).toEqual(new Map([['metric:closeness', { min: 0.1, max: 0.5 }]]));
    expect(encodeView(view, graph).toString()).toBe(
      'range=metric%3Acloseness%2C0.1%2C0.5&path=aditi-puri%2Cryohei-aiba&directed=yes&avoid=place%2Cdocument&size=metric%3Apagerank&colour=sector&groups=community',
    );
  });

  it('ignores each bad piece with a notice, and keeps the rest', () => {
    const { view, notices } = decode(
      'path=aditi-puri,nobody&size=metric:height&colour=category:country&range=metric:closeness,0.9,0.1&range=metric:pagerank,0,1&hide=country,India&groups=category:x',
    );
    expect(view.pathQuery).toBeNull();
    expect(view.appearance).toEqual({ size: null, colour: null });
    expect([...view.filters.ranges.keys()]).toEqual(['metric:pagerank']);
    expect(view.filters.hiddenValues.size).toBe(0);
    expect(view.roleGroup).toBeNull();
    expect(notices).toEqual([
      { key: 'notice.badValue', params: { param: 'range', value: 'metric:closeness,0.9,0.1' } },
      { key: 'notice.badValue', params: { param: 'hide', value: 'country,India' } },
      { key: 'notice.unknownSelection', params: { id: 'nobody' } },
      { key: 'notice.badValue', params: { param: 'size', value: 'metric:height' } },
      { key: 'notice.badValue', params: { param: 'colour', value: 'category:country' } },
      { key: 'notice.badValue', params: { param: 'groups', value: 'category:x' } },
    ]);
  });
});
