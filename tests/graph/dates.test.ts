import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOfSpan,
  dateAt,
  existsIn,
  lifespanOf,
  lifespans,
  spanOf,
  timeView,
} from '../../src/graph/dates';
import { loadGraphValue } from '../../src/graph/load';
import { say } from '../support/problems';

describe('partial dates', () => {
  it('cover the days of their year, month or day', () => {
    expect(
      [spanOf('2024'), spanOf('2024-02'), spanOf('2023-02'), spanOf('2024-05-17')].map(
        (s) => s && [dateAt(s.first, 'day'), dateAt(s.last, 'day')],
      ),
    ).toEqual([
      ['2024-01-01', '2024-12-31'],
      ['2024-02-01', '2024-02-29'],
      ['2023-02-01', '2023-02-28'],
      ['2024-05-17', '2024-05-17'],
    ]);
    expect([spanOf('unknown'), spanOf(undefined), spanOf('2024-5')]).toEqual([null, null, null]);
  });

  it('compare at their precision: "2024" contains "2024-05", and an open end runs on', () => {
    const may = asOfSpan({ from: '2024-05', to: '2024-05' })!;
    expect(existsIn(lifespanOf({ start: '2024' })!, may)).toBe(true);
    expect(existsIn(lifespanOf({ end: '2024' })!, may)).toBe(true);
    expect(existsIn(lifespanOf({ start: '2024-05-31' })!, may)).toBe(true);
    expect(existsIn(lifespanOf({ start: '2024-06' })!, may)).toBe(false);
    expect(existsIn(lifespanOf({ end: '2024-04-30' })!, may)).toBe(false);
    expect(existsIn(lifespanOf({ start: '1990' })!, may)).toBe(true);
    expect(lifespanOf({})).toBeNull();
  });

  it('take the date it happened, then the date it was reported, where no start is given', () => {
    expect(lifespanOf({ date: '2024-05-03' })).toEqual({
      from: spanOf('2024-05-03')!.first,
      to: Infinity,
    });
    expect(lifespanOf({}, '2023')).toEqual({ from: spanOf('2023')!.first, to: Infinity });
    expect(lifespanOf({ start: '2020' }, '2023')?.from).toBe(spanOf('2020')!.first);
  });

  it('a range of two dates covers both ends; crossed ends cover nothing', () => {
    const r = asOfSpan({ from: '2021', to: '2022-03' })!;
    expect([dateAt(r.first, 'day'), dateAt(r.last, 'day')]).toEqual(['2021-01-01', '2022-03-31']);
    expect(asOfSpan({ from: '2023', to: '2022' })).toBeNull();
  });
});

const partial = fc
  .record({
    y: fc.integer({ min: 1990, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    p: fc.constantFrom(4, 7, 10),
  })
  .map(({ y, m, d, p }) =>
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`.slice(0, p),
  );

/** The rule as the issue words it, on the strings themselves: compared at the coarser precision. */
const notAfter = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
};

describe('an item is shown as of t exactly when its start ≤ t ≤ its end at the item’s precision', () => {
  it('holds for any start, end and moment', () => {
    fc.assert(
      fc.property(
        fc.option(partial, { nil: undefined }),
        fc.option(partial, { nil: undefined }),
        partial,
        (start, end, t) => {
          const life = lifespanOf({ start, end });
          const span = spanOf(t)!;
          const expected =
            (start === undefined || notAfter(start, t)) && (end === undefined || notAfter(t, end));
          if (!life) expect(start === undefined && end === undefined).toBe(true);
          else expect(existsIn(life, span)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the as-of view of a graph', () => {
  const file = {
    format: 'stakeholder-graph',
    version: 1,
    meta: { title: { en: 'Dated' } },
    sources: [
      {
        id: 's',
        kind: 'news-report',
        language: 'en',
        title: { en: 'S' },
        outlet: 'O',
        published: '2022-06',
      },
    ],
    sectors: [],
    relations: [{ id: 'r', label: { en: 'r' } }],
    nodes: [
      { id: 'a', type: 'organisation', label: { en: 'A' }, start: '2020' },
      { id: 'b', type: 'organisation', label: { en: 'B' }, start: '2021-06', end: '2023' },
      { id: 'c', type: 'organisation', label: { en: 'C' } },
    ],
    edges: [
      { id: 'ab', source: 'a', target: 'b', relation: 'r', label: { en: 'r' } },
      {
        id: 'ac',
        source: 'a',
        target: 'c',
        relation: 'r',
        label: { en: 'r' },
        provenance: [{ source: 's', quote: 'q' }],
      },
      { id: 'bc', source: 'b', target: 'c', relation: 'r', label: { en: 'r' }, start: '2022' },
    ],
  };
  const loaded = loadGraphValue(file);
  if (!loaded.ok) throw new Error(loaded.problems.map(say).join('\n'));
  const graph = loaded.graph;
  const lives = lifespans(graph);
  const at = (
    t: string,
    absent: 'hide' | 'dim' = 'hide',
    undated: 'show' | 'dim' | 'hide' = 'show',
  ) => {
    const v = timeView(graph, lives, asOfSpan({ from: t, to: t })!, absent, undated);
    return { hidden: [...v.hidden].sort(), dimmed: [...v.dimmed].sort() };
  };

  it('hides what did not exist yet or any more, and a relationship whose end is gone', () => {
    expect(at('2020')).toEqual({ hidden: ['ab', 'ac', 'b', 'bc'], dimmed: [] });
    expect(at('2022-07')).toEqual({ hidden: [], dimmed: [] });
    expect(at('2024')).toEqual({ hidden: ['ab', 'b', 'bc'], dimmed: [] });
  });

  it('dims instead when asked, and shows, dims or hides the undated as chosen', () => {
    expect(at('2020', 'dim')).toEqual({ hidden: [], dimmed: ['ab', 'ac', 'b', 'bc'] });
    expect(at('2022-07', 'hide', 'hide')).toEqual({ hidden: ['ab', 'c'], dimmed: [] });
    expect(at('2022-07', 'hide', 'dim')).toEqual({ hidden: [], dimmed: ['ab', 'c'] });
  });

  it('dates a relationship by its evidence’s source where it has no date of its own', () => {
    expect(lives.edges[1]).toEqual({ from: spanOf('2022-06')!.first, to: Infinity });
  });

  it('refuses an end before the start, at its place', () => {
    const bad = structuredClone(file);
    bad.nodes[1] = { ...bad.nodes[1]!, start: '2024-02', end: '2023' };
    const r = loadGraphValue(bad);
    expect(r.ok ? [] : r.problems.map(say)).toEqual([
      'nodes[1].end: ends (2023) before it starts (2024-02)',
    ]);
  });
});
