import { describe, expect, it } from 'vitest';
import { compactWithin } from '../../src/graph/analysis/compact';
import { asOfSpan, lifespans, timeView } from '../../src/graph/dates';
import { eventsOf, timelineOf } from '../../src/graph/timeline';
import { datedGraph } from '../support/dated';
import { shippedGraph } from './shippedGraph';

const graph = datedGraph();

describe('the timeline of a graph', () => {
  it('steps a year at a time over a decade, counting what begins in each', () => {
    const t = timelineOf(graph, lifespans(graph));
    expect(t.precision).toBe('year');
    expect(t.steps).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    expect(t.begins).toEqual([1, 3, 1, 3, 2, 1, 0, 6, 0]);
    expect([t.dated, t.undated]).toEqual([17, 4]);
  });

  it('steps by month within a few years; the shipped article has no dates at all', () => {
    const short = {
      ...graph,
      nodes: graph.nodes.filter((n) => n.id.startsWith('meeting')),
      edges: [],
    };
    const t = timelineOf(short, lifespans(short));
    expect(t.precision).toBe('month');
    expect([t.steps[0], t.steps.at(-1), t.steps.length]).toEqual(['2020-02', '2022-09', 32]);
    const shipped = shippedGraph();
    expect(timelineOf(shipped, lifespans(shipped)).steps).toEqual([]);
  });

  it('events: dated nodes earliest first', () => {
    expect(eventsOf(graph).map((e) => [e.node.id, e.date])).toEqual([
      ['council', '2015'],
      ['utility', '2016'],
      ['residents', '2017'],
      ['forum', '2018'],
      ['consultant', '2019-03'],
      ['meeting-2020', '2020-02-11'],
      ['meeting-2022', '2022-09-05'],
      ['flood-plan', '2022-10'],
    ]);
  });
});

describe('the graph the analyses count as of a date', () => {
  it('keeps every node index and drops what did not exist, mapping edges back to the model', () => {
    const view = timeView(
      graph,
      lifespans(graph),
      asOfSpan({ from: '2019', to: '2019' })!,
      'hide',
      'show',
    );
    const scoped = compactWithin(graph, view.hidden);
    expect(scoped.graph.n).toBe(graph.nodes.length);
    const kept = [...scoped.edgeIndex].map((k) => graph.edges[k]!.id);
    expect(kept).toEqual([
      'council-funds-utility',
      'council-consults-forum',
      'forum-represents-residents',
      'utility-serves-residents',
      'consultant-advises-council',
      'ministry-oversees-council',
    ]);
    expect(scoped.graph.source.length).toBe(6);
    const whole = compactWithin(graph, null);
    expect(whole.graph.source.length).toBe(12);
  });
});
