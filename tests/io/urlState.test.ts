import { NO_TIME } from '../../src/io/urlTime';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/graph/filters';
import { INITIAL_VIEW, initialLayoutFor } from '../../src/graph/view';
import { NODE_TYPES } from '../../src/schema/graphFile';
import { decodeView, encodeView, type UrlView } from '../../src/io/urlState';
import {
  DEFAULT_RINGS,
  DEFAULT_ROLE_GROUP,
  DEFAULT_SCATTER,
  DEFAULT_TIERS,
} from '../../src/io/urlAnalysis';
import { DEFAULT_APPEARANCE } from '../../src/graph/analysis/view';
import { shippedGraph } from '../graph/shippedGraph';

const graph = shippedGraph();
const analysis = {
  pathQuery: null,
  appearance: DEFAULT_APPEARANCE,
  roleGroup: DEFAULT_ROLE_GROUP,
  tierBy: DEFAULT_TIERS,
  ringBy: DEFAULT_RINGS,
  DEFAULT_SCATTER,
  scatterX: DEFAULT_SCATTER.x,
  scatterY: DEFAULT_SCATTER.y,
  reading: null,
  ...NO_TIME,
} as const;
const base: UrlView = { ...INITIAL_VIEW, ...analysis, layout: initialLayoutFor(graph), lang: 'en' };
const decode = (query: string) => decodeView(new URLSearchParams(query), graph);

describe('encodeView', () => {
  it('writes only what differs from the defaults', () => {
    expect(encodeView(base, graph).toString()).toBe('lang=en');
  });

  it('writes selection, depth, focus, shown sectors, layout and language', () => {
    const view: UrlView = {
      viewport: null,
      selection: { kind: 'node', id: 'jica' },
      focusDepth: 2,
      focusOnly: true,
      filters: {
        ...NO_FILTERS,
        hiddenSectors: new Set([
          'industry',
          'investment',
          'skills',
          'digital',
          'minerals',
          'language',
          'governance',
          'cooperation',
          '-',
        ]),
        hideIsolated: true,
      },
      layout: 'circle',
      fileLook: true,
      lang: 'hi',
      ...analysis,
    };
    expect(encodeView(view, graph).toString()).toBe(
      'node=jica&depth=2&focus=only&sectors=health&isolated=hide&layout=circle&lang=hi',
    );
  });
});

describe('decodeView', () => {
  it('round-trips every encodable view', () => {
    const view: UrlView = {
      viewport: { zoom: 1.25, x: -120.5, y: 40 },
      tierBy: { kind: 'sector' },
      ringBy: { kind: 'metric', name: 'pagerank' },
      scatterX: { kind: 'metric', name: 'closeness' },
      scatterY: { kind: 'metric', name: 'pagerank' },
      selection: { kind: 'edge', id: 'e-jica-appreciated-gov-jharkhand' },
      focusDepth: 3,
      focusOnly: false,
      filters: {
        hiddenSectors: new Set(['-']),
        hiddenTypes: new Set(['topic', 'place']),
        hiddenRelations: new Set(['datelined']),
        hideIsolated: false,
        ranges: new Map([['metric:betweenness', { min: 0.1, max: 0.5 }]]),
        hiddenValues: new Map(),
      },
      pathQuery: {
        from: 'aditi-puri',
        to: 'ryohei-aiba',
        directed: true,
        avoid: new Set(['place']),
      },
      appearance: { size: { kind: 'metric', name: 'pagerank' }, colour: { kind: 'community' } },
      roleGroup: { kind: 'sector' },
      reading: { source: 'article', cite: { edge: 'e-jica-appreciated-gov-jharkhand', index: 0 } },
      layout: 'breadthfirst',
      fileLook: true,
      lang: 'hi',
      asOf: { from: '2021', to: '2024-05' },
      absent: 'dim',
      undated: 'hide',
      analyseAsOf: true,
    };
    const { view: back, notices } = decodeView(encodeView(view, graph), graph);
    expect(encodeView(view, graph).get('asof')).toBe('2021..2024-05');
    expect(notices).toEqual([]);
    expect(back).toEqual(view);
  });

  it('reads a date or a stretch of time, and ignores one crossed or malformed', () => {
    expect(decode('asof=2024-05').view.asOf).toEqual({ from: '2024-05', to: '2024-05' });
    for (const bad of ['2024..2021', '2024-13', 'yesterday', '2021..2022..2023']) {
      const { view, notices } = decode(`asof=${bad}`);
      expect([view.asOf, notices]).toEqual([
        null,
        [{ key: 'notice.badValue', params: { param: 'asof', value: bad } }],
      ]);
    }
  });

  it('opens a source on a passage only where that evidence cites it', () => {
    expect(decode('read=article').view.reading).toEqual({ source: 'article', cite: null });
    const cited = decode('read=article,e-jica-appreciated-gov-jharkhand,0');
    expect(cited.view.reading?.cite).toEqual({
      edge: 'e-jica-appreciated-gov-jharkhand',
      index: 0,
    });
    for (const bad of [
      'read=elsewhere',
      'read=article,e-jica-appreciated-gov-jharkhand,7',
      'read=article,nothing,0',
    ]) {
      const { view, notices } = decode(bad);
      expect(view.reading).toBeNull();
      expect(notices).toEqual([
        { key: 'notice.badValue', params: { param: 'read', value: bad.slice(5) } },
      ]);
    }
  });

  it('ignores an unknown selection with a notice and keeps the rest', () => {
    const { view, notices } = decode('node=nobody&layout=grid');
    expect(view.selection).toBeNull();
    expect(view.layout).toBe('grid');
    expect(notices).toEqual([{ key: 'notice.unknownSelection', params: { id: 'nobody' } }]);
  });

  it('ignores garbage values piece by piece', () => {
    const { view, notices } = decode(
      'depth=9&layout=spiral&lang=fr&focus=maybe&isolated=x&sectors=health,nosuch',
    );
    // The shipped graph is drawn in its file, so it opens as drawn.
    expect(view).toMatchObject({ focusDepth: 1, layout: 'preset', lang: null, focusOnly: false });
    expect(view.filters.hideIsolated).toBe(false);
    expect(view.filters.hiddenSectors.has('health')).toBe(false);
    expect(view.filters.hiddenSectors.has('digital')).toBe(true);
    expect(notices.map((n) => [n.key, n.params?.param])).toEqual([
      ['notice.badValue', 'depth'],
      ['notice.badValue', 'focus'],
      ['notice.badValue', 'isolated'],
      ['notice.unknownIds', 'sectors'],
      ['notice.badValue', 'layout'],
      ['notice.badValue', 'lang'],
    ]);
  });

  it('ignores a list of unknown ids for real: nothing is hidden, and the rewritten link says so', () => {
    for (const q of ['sectors=healthcare', 'types=persn', 'relations=nosuch,other']) {
      const { view, notices } = decode(q);
      expect(view.filters, q).toEqual(INITIAL_VIEW.filters);
      expect(notices.map((n) => n.key)).toEqual(['notice.unknownIds']);
      expect([...encodeView({ ...view, lang: null }, graph).keys()], q).toEqual([]);
    }
  });

  it('reads the camera as zoom and centre, and ignores one out of range or malformed', () => {
    expect(decode('view=1.5,-20,30.5').view.viewport).toEqual({ zoom: 1.5, x: -20, y: 30.5 });
    for (const bad of ['9,0,0', '0.001,0,0', '1,2', '1,,2', 'a,b,c', '1,2,Infinity']) {
      const { view, notices } = decode(`view=${bad}`);
      expect(view.viewport, bad).toBeNull();
      expect(notices, bad).toEqual([
        { key: 'notice.badValue', params: { param: 'view', value: bad } },
      ]);
    }
  });

  it('reads an empty list as "none shown"', () => {
    expect(decode('types=').view.filters.hiddenTypes.size).toBe(NODE_TYPES.length);
  });

  it('never throws on hostile input', () => {
    for (const q of [
      'node=%E0%A4',
      'sectors=%%%,,,',
      'node=__proto__',
      'edge=constructor',
      '%',
      'depth=1e999',
      `node=${'x'.repeat(100_000)}`,
    ]) {
      expect(() => decode(q), q).not.toThrow();
    }
    expect(decode('node=__proto__').view.selection).toBeNull();
  });
});
