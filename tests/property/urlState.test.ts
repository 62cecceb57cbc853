import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_SECTOR } from '../../src/graph/filters';
import { LANGUAGES } from '../../src/i18n/strings';
import { decodeView, encodeView, VIEW_PARAMS, type UrlView } from '../../src/io/urlState';
import { NODE_TYPES } from '../../src/schema/graphFile';
import { FOCUS_DEPTHS, layoutsFor } from '../../src/graph/view';
import { NUMERIC_METRICS } from '../../src/graph/analysis/metricNames';
import type { ColourBy, GroupBy, Measure } from '../../src/graph/analysis/view';
import { NO_TIME } from '../../src/io/urlTime';
import { shippedGraph } from '../graph/shippedGraph';

const graph = shippedGraph();
const nodeIds = graph.nodes.map((n) => n.id);
const edgeIds = graph.edges.map((e) => e.id);

// Any finite or infinite number but -0, which a link writes as 0.
const number = fc.double({ noNaN: true }).filter((x) => !Object.is(x, -0));
const measure: fc.Arbitrary<Measure> = fc
  .constantFrom(...NUMERIC_METRICS)
  .map((name) => ({ kind: 'metric', name }));

const partialDate = fc
  .record({
    y: fc.integer({ min: 1000, max: 2999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    p: fc.constantFrom(4, 7, 10),
  })
  .map(({ y, m, d, p }) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(0, p),
  );
// Without a date the view is every date: the other time settings are then not written.
const time = fc.oneof(
  fc.constant(NO_TIME),
  fc.record({
    asOf: fc.tuple(partialDate, partialDate).map(([a, b]) => {
      const [from, to] = a.slice(0, 4) <= b.slice(0, 4) ? [a, b] : [b, a];
      return from.slice(0, 4) === to.slice(0, 4) ? { from: to, to } : { from, to };
    }),
    absent: fc.constantFrom('hide' as const, 'dim' as const),
    undated: fc.constantFrom('show' as const, 'dim' as const, 'hide' as const),
    analyseAsOf: fc.boolean(),
  }),
);

const view: fc.Arbitrary<UrlView> = fc
  .tuple(
    fc.record({
      selection: fc.oneof(
        fc.constant(null),
        fc.constantFrom(...nodeIds).map((id) => ({ kind: 'node' as const, id })),
        fc.constantFrom(...edgeIds).map((id) => ({ kind: 'edge' as const, id })),
      ),
      focusDepth: fc.constantFrom(...FOCUS_DEPTHS),
      focusOnly: fc.boolean(),
      filters: fc.record({
        hiddenSectors: fc.subarray([...graph.sectors.keys(), NO_SECTOR]).map((a) => new Set(a)),
        hiddenTypes: fc.subarray([...NODE_TYPES]).map((a) => new Set(a)),
        hiddenRelations: fc.subarray([...graph.relations.keys()]).map((a) => new Set(a)),
        hideIsolated: fc.boolean(),
        ranges: fc
          .uniqueArray(
            fc.record({
              token: fc.constantFrom(...NUMERIC_METRICS).map((m) => `metric:${m}`),
              a: number,
              b: number,
            }),
            { selector: (r) => r.token, maxLength: 3 },
          )
          .map(
            (list) =>
              new Map(
                list.map((r) => [r.token, { min: Math.min(r.a, r.b), max: Math.max(r.a, r.b) }]),
              ),
          ),
        hiddenValues: fc.constant(new Map<string, ReadonlySet<string>>()),
      }),
      pathQuery: fc.oneof(
        fc.constant(null),
        fc
          .record({
            from: fc.constantFrom(...nodeIds),
            to: fc.constantFrom(...nodeIds),
            directed: fc.boolean(),
            avoid: fc.subarray([...NODE_TYPES]).map((a) => new Set(a)),
          })
          .filter((q) => q.from !== q.to),
      ),
      appearance: fc.record({
        size: fc.oneof(fc.constant(null), measure),
        colour: fc.oneof(
          fc.constant(null),
          measure,
          fc.constantFrom<ColourBy>({ kind: 'community' }, { kind: 'sector' }),
        ),
      }),
      roleGroup: fc.constantFrom<GroupBy | null>(
        null,
        { kind: 'type' },
        { kind: 'sector' },
        { kind: 'community' },
      ),
      tierBy: fc.constantFrom<GroupBy>({ kind: 'type' }, { kind: 'sector' }, { kind: 'community' }),
      ringBy: measure,
      scatterX: measure,
      scatterY: measure,
      reading: fc.oneof(
        fc.constant(null),
        fc.constant({ source: 'article', cite: null }),
        fc
          .constantFrom(
            ...graph.edges.flatMap((e) => e.provenance.map((_, index) => ({ edge: e.id, index }))),
          )
          .map((cite) => ({ source: 'article', cite })),
      ),
      // The shipped graph is drawn in its file, so its own layout is on offer too.
      layout: fc.constantFrom(...layoutsFor(graph)),
      fileLook: fc.boolean(),
      // A link keeps a thousandth of zoom and a tenth of a unit, so these are what it can carry.
      viewport: fc.oneof(
        fc.constant(null),
        fc.record({
          zoom: fc.integer({ min: 20, max: 4000 }).map((z) => z / 1000),
          x: fc.integer({ min: -1e7, max: 1e7 }).map((v) => v / 10),
          y: fc.integer({ min: -1e7, max: 1e7 }).map((v) => v / 10),
        }),
      ),
      lang: fc.constantFrom(...LANGUAGES),
    }),
    time,
  )
  .map(([v, t]) => ({ ...v, ...t }));

describe('URL state', () => {
  it('decoding never throws, whatever the address bar holds', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(...nodeIds, 'health,,%2C', '%E0%A4', '__proto__', '-1', '4'),
    );
    const params = fc.dictionary(fc.constantFrom(...VIEW_PARAMS, 'data', '__proto__'), value);
    fc.assert(
      fc.property(params, fc.string(), (p, raw) => {
        const fromRecord = decodeView(new URLSearchParams(Object.entries(p)), graph);
        const fromText = decodeView(new URLSearchParams(raw), graph);
        return fromRecord.view !== undefined && fromText.view !== undefined;
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid view, with no notices', () => {
    fc.assert(
      fc.property(view, (v) => {
        const encoded = encodeView(v, graph).toString();
        const { view: back, notices } = decodeView(new URLSearchParams(encoded), graph);
        expect(notices).toEqual([]);
        expect(back).toEqual(v);
      }),
      { numRuns: 300 },
    );
  });
});
