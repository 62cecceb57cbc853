import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/graph/filters';
import {
  layoutJob,
  medianSpacing,
  normaliseScale,
  positionsFrom,
  positionsOf,
  readLayoutJob,
  readLayoutReply,
} from '../../src/graph/layoutJob';
import { withPositions } from '../../src/graph/model';
import { degrees } from '../../src/graph/metrics';
import { undrawnShippedGraph } from './shippedGraph';

const graph = undrawnShippedGraph();
const everything = applyFilters(graph, NO_FILTERS);
const at = (id: string) => ({ x: id.length, y: -id.length });

describe('layoutJob', () => {
  it('holds the visible nodes once, their places and degrees, and edges as index pairs', () => {
    const job = layoutJob(3, 'fcose', graph, everything, at, degrees(graph), true, 1);
    expect(job.ids).toEqual(graph.nodes.map((n) => n.id));
    expect(job.edges.length).toBe(59 * 2);
    const first = graph.edges[0]!;
    expect([job.ids[job.edges[0]!], job.ids[job.edges[1]!]]).toEqual([first.source, first.target]);
    const i = job.ids.indexOf('jica');
    expect([job.positions[2 * i], job.positions[2 * i + 1]]).toEqual([4, -4]);
    expect(job.degrees[i]).toBe(degrees(graph).get('jica'));
  });

  it('leaves out what the filters hide, and every edge touching it', () => {
    const health = applyFilters(graph, {
      ...NO_FILTERS,
      hiddenSectors: new Set([...graph.sectors.keys(), '-'].filter((s) => s !== 'health')),
    });
    const job = layoutJob(1, 'grid', graph, health, at, degrees(graph), false, 1);
    expect([...job.ids].sort()).toEqual(['jica', 'meeting-jica', 't-health-services']);
    expect(job.edges.length).toBe(4);
    expect(Math.max(...job.edges)).toBeLessThan(3);
  });

  it('survives the trip to the worker and back as a job', () => {
    const job = layoutJob(9, 'circle', graph, everything, at, degrees(graph), false, 4);
    expect(readLayoutJob(structuredClone(job))).toEqual(job);
  });

  it('is refused by the worker when any part is malformed', () => {
    const job = layoutJob(9, 'circle', graph, everything, at, degrees(graph), false, 4);
    const broken = [
      { ...job, layout: 'preset' },
      { ...job, id: '9' },
      { ...job, ids: [...job.ids, 7] },
      { ...job, degrees: [...job.degrees] },
      { ...job, edges: Uint32Array.from([0, 1, 2]) },
      { ...job, edges: Uint32Array.from([0, 999]) },
      { ...job, positions: job.positions.slice(2) },
      { ...job, randomize: 'yes' },
      { ...job, seed: undefined },
      { ...job, groups: [...job.groups] },
      { ...job, ranks: job.ranks.slice(1) },
      { ...job, boxes: job.boxes.slice(3) },
      null,
      'job',
    ];
    expect(broken.map(readLayoutJob)).toEqual(broken.map(() => null));
  });
});

describe('worker replies', () => {
  it('are read only when well-formed', () => {
    const xy = new Float64Array([1, 2]);
    expect(readLayoutReply({ type: 'progress', id: 1, done: 0.5 })).toEqual({
      type: 'progress',
      id: 1,
      done: 0.5,
    });
    expect(readLayoutReply({ type: 'done', id: 2, positions: xy })?.type).toBe('done');
    expect(readLayoutReply({ type: 'failed', id: 2, message: 'x' })?.type).toBe('failed');
    for (const bad of [
      { type: 'progress', id: 1, done: 2 },
      { type: 'done', id: 1, positions: [1, 2] },
      { type: 'done', positions: xy },
      { type: 'other', id: 1 },
      42,
    ])
      expect(readLayoutReply(bad)).toBeNull();
  });

  it('give positions by id, leaving out any that are not finite', () => {
    const placed = positionsFrom(['a', 'b', 'c'], new Float64Array([1, 2, NaN, 0, 5, 6]));
    expect([...placed]).toEqual([
      ['a', { x: 1, y: 2 }],
      ['c', { x: 5, y: 6 }],
    ]);
  });
});

describe('normaliseScale', () => {
  it('centres the drawing and makes the median edge the given length', () => {
    const xy = new Float64Array([10, 10, 12, 10, 10, 13, 30, 30]);
    normaliseScale(xy, Uint32Array.from([0, 1, 0, 2, 0, 3]), 90);
    const length = (a: number, b: number) =>
      Math.hypot(xy[2 * a]! - xy[2 * b]!, xy[2 * a + 1]! - xy[2 * b + 1]!);
    expect(length(0, 2)).toBeCloseTo(90, 6);
    expect(length(0, 1)).toBeCloseTo(60, 6);
    const mean = (k: number) => (xy[k]! + xy[k + 2]! + xy[k + 4]! + xy[k + 6]!) / 4;
    expect(mean(0)).toBeCloseTo(0, 6);
    expect(mean(1)).toBeCloseTo(0, 6);
  });
});

describe('normaliseScale with a spacing', () => {
  // A star as ForceAtlas2 leaves it: 2,000 leaves on one ring, each one edge's length away.
  const star = (leaves: number) => {
    const xy = new Float64Array(2 * (leaves + 1));
    const edges = new Uint32Array(2 * leaves);
    for (let k = 1; k <= leaves; k++) {
      xy[2 * k] = Math.cos((2 * Math.PI * k) / leaves);
      xy[2 * k + 1] = Math.sin((2 * Math.PI * k) / leaves);
      edges[2 * k - 2] = 0;
      edges[2 * k - 1] = k;
    }
    return { xy, edges };
  };

  it('spreads a star until its leaves are the spacing apart, not one edge length from the hub', () => {
    const { xy, edges } = star(2000);
    normaliseScale(xy, edges, 90, 22);
    // Neighbours on the ring: 2πr / 2000 = 22 → r = 7,003.
    expect(Math.hypot(xy[2]! - xy[0]!, xy[3]! - xy[1]!)).toBeCloseTo(7003.1, 0);
    expect(medianSpacing(xy)).toBeCloseTo(22, 3);
  });

  it('keeps the edge length where nodes are already that far apart', () => {
    const xy = new Float64Array([0, 0, 1, 0, 0, 1, -1, 0, 0, -1]);
    normaliseScale(xy, Uint32Array.from([0, 1, 0, 2, 0, 3, 0, 4]), 90, 22);
    expect(Math.hypot(xy[2]! - xy[0]!, xy[3]! - xy[1]!)).toBeCloseTo(90, 6);
  });

  it('leaves nodes that share one place where they are', () => {
    const xy = new Float64Array([5, 5, 5, 5, 5, 5]);
    normaliseScale(xy, Uint32Array.from([0, 1, 1, 2]), 90, 22);
    expect([...xy]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('medianSpacing', () => {
  it('is the median distance to the nearest other node', () => {
    // Nearest: 1, 1, 3, 3 (the last two pairs at 3 apart) → median of four = the third, 3.
    expect(medianSpacing(new Float64Array([0, 0, 1, 0, 10, 0, 13, 0]))).toBe(3);
    expect(medianSpacing(new Float64Array([4, 4]))).toBe(0);
  });
});

describe('positions kept with the graph', () => {
  it('are written into the model, and the model is unchanged when nothing moves', () => {
    const placed = new Map([
      ['jica', { x: 1, y: 2 }],
      ['nobody', { x: 0, y: 0 }],
    ]);
    const moved = withPositions(graph, placed);
    expect(moved.nodeById.get('jica')?.position).toEqual({ x: 1, y: 2 });
    expect(moved.nodes).toHaveLength(41);
    expect(moved.edges).toBe(graph.edges);
    expect(positionsOf(moved)).toEqual(new Map([['jica', { x: 1, y: 2 }]]));
    expect(withPositions(moved, placed)).toBe(moved);
    expect(Object.isFrozen(moved.nodeById.get('jica'))).toBe(true);
  });
});
