import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/graph/filters';
import { degreesOf } from '../../src/store/derived';
import { walkStart, walkSteps } from '../../src/graph/walk';
import { shippedGraph } from './shippedGraph';

const graph = shippedGraph();
const all = applyFilters(graph, NO_FILTERS);
const drawn = (id: string) => graph.nodeById.get(id)?.position;

describe('walkSteps', () => {
  it('goes round a node clockwise from twelve o’clock, as drawn', () => {
    // A made-up picture: north, east, south and west of the centre, listed out of order.
    const at = new Map([
      ['suzuki-takashi', { x: 0, y: 0 }],
      ['meeting-jetro', { x: 0, y: 10 }],
      ['jetro-india', { x: 10, y: 0 }],
    ]);
    const steps = walkSteps(graph, all, 'suzuki-takashi', (id) => at.get(id));
    expect(steps.map((s) => s.node)).toEqual(['jetro-india', 'meeting-jetro']);
    const turned = new Map([...at, ['meeting-jetro', { x: -1, y: -10 }]]);
    const again = walkSteps(graph, all, 'suzuki-takashi', (id) => turned.get(id));
    // Just west of north is nearly a full turn from twelve o'clock: last.
    expect(again.map((s) => s.node)).toEqual(['jetro-india', 'meeting-jetro']);
    const east = new Map([...at, ['meeting-jetro', { x: 1, y: -10 }]]);
    expect(
      walkSteps(graph, all, 'suzuki-takashi', (id) => east.get(id)).map((s) => s.node),
    ).toEqual(['meeting-jetro', 'jetro-india']);
  });

  it('takes each neighbour once, with an edge that joins the two, and only what is shown', () => {
    const steps = walkSteps(graph, all, 'arva-rajkamal', drawn);
    expect(steps.map((s) => s.node).sort()).toEqual([
      'dept-industries',
      'meeting-jetro',
      'meeting-jica',
      'meeting-nec',
    ]);
    for (const s of steps)
      expect([s.edge.source, s.edge.target].sort()).toEqual(['arva-rajkamal', s.node].sort());
    const noMeetings = applyFilters(graph, { ...NO_FILTERS, hiddenTypes: new Set(['meeting']) });
    expect(walkSteps(graph, noMeetings, 'arva-rajkamal', drawn).map((s) => s.node)).toEqual([
      'dept-industries',
    ]);
  });

  it('puts neighbours with no place last, in id order', () => {
    const steps = walkSteps(graph, all, 'arva-rajkamal', () => undefined);
    expect(steps.map((s) => s.node)).toEqual([
      'dept-industries',
      'meeting-jetro',
      'meeting-jica',
      'meeting-nec',
    ]);
  });
});

describe('walkStart', () => {
  it('starts at the most connected shown node, and nowhere when nothing is shown', () => {
    expect(walkStart(all, degreesOf(graph))).toBe('gov-jharkhand');
    const empty = { nodes: new Set<string>(), edges: new Set<string>() };
    expect(walkStart(empty, degreesOf(graph))).toBeNull();
  });
});
