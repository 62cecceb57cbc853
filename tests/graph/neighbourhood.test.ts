import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/graph/filters';
import { neighbourhood } from '../../src/graph/neighbourhood';
import { shippedGraph } from './shippedGraph';

const graph = shippedGraph();
const all = applyFilters(graph, NO_FILTERS);

describe('neighbourhood', () => {
  it('returns the node and its direct neighbours at depth 1', () => {
    const n = neighbourhood(graph, 'suzuki-takashi', 1, all);
    expect([...n.nodes].sort()).toEqual(['jetro-india', 'meeting-jetro', 'suzuki-takashi']);
    expect(n.edges.size).toBe(3); // heads, took part in, and JETRO India's own part in the meeting
  });

  it('grows with depth', () => {
    const d1 = neighbourhood(graph, 'ryohei-aiba', 1, all).nodes.size;
    const d2 = neighbourhood(graph, 'ryohei-aiba', 2, all).nodes.size;
    const d3 = neighbourhood(graph, 'ryohei-aiba', 3, all).nodes.size;
    expect(d1).toBeLessThan(d2);
    expect(d2).toBeLessThan(d3);
  });

  it('walks only through what is visible', () => {
    const noMeetings = applyFilters(graph, { ...NO_FILTERS, hiddenTypes: new Set(['meeting']) });
    const n = neighbourhood(graph, 'suzuki-takashi', 3, noMeetings);
    expect(n.nodes.has('meeting-jetro')).toBe(false);
    expect(neighbourhood(graph, 'meeting-jetro', 1, noMeetings).nodes.size).toBe(0);
  });
});
