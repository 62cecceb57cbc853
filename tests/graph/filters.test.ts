import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  NO_FILTERS,
  NO_SECTOR,
  sectorCounts,
  type Filters,
} from '../../src/graph/filters';
import { shippedGraph } from './shippedGraph';

const graph = shippedGraph();
const allSectorsBut = (...keep: string[]) =>
  new Set([...graph.sectors.keys(), NO_SECTOR].filter((s) => !keep.includes(s)));

describe('applyFilters', () => {
  it('shows everything with no filters', () => {
    const v = applyFilters(graph, NO_FILTERS);
    expect(v.nodes.size).toBe(41);
    expect(v.edges.size).toBe(59);
  });

  it('keeps only nodes in the chosen sector and the edges between them', () => {
    const v = applyFilters(graph, { ...NO_FILTERS, hiddenSectors: allSectorsBut('health') });
    expect([...v.nodes].sort()).toEqual(['jica', 'meeting-jica', 't-health-services']);
    expect([...v.edges].sort()).toEqual([
      'e-jica-participated_in-meeting-jica',
      'e-meeting-jica-discussed-t-health-services',
    ]);
  });

  it('treats nodes without a sector as their own group', () => {
    const v = applyFilters(graph, { ...NO_FILTERS, hiddenSectors: allSectorsBut(NO_SECTOR) });
    expect([...v.nodes].sort()).toEqual(['jharkhand-bhawan', 'new-delhi', 'ranchi', 'report']);
  });

  it('filters by node type and relation', () => {
    const f: Filters = {
      ...NO_FILTERS,
      hiddenTypes: new Set(['topic', 'document', 'place', 'country']),
      hiddenRelations: new Set(['directed']),
    };
    const v = applyFilters(graph, f);
    expect(
      [...v.nodes].every(
        (id) => !['topic', 'document', 'place', 'country'].includes(graph.nodeById.get(id)!.type),
      ),
    ).toBe(true);
    expect([...v.edges].some((id) => graph.edgeById.get(id)!.relation === 'directed')).toBe(false);
  });

  it('hides nodes left without visible edges when asked', () => {
    const f: Filters = {
      ...NO_FILTERS,
      hiddenRelations: new Set(['datelined']),
      hideIsolated: true,
    };
    const v = applyFilters(graph, f);
    expect(v.nodes.has('ranchi')).toBe(false);
    expect(v.nodes.has('new-delhi')).toBe(true);
    for (const id of v.edges) {
      const e = graph.edgeById.get(id)!;
      expect(v.nodes.has(e.source) && v.nodes.has(e.target)).toBe(true);
    }
  });
});

describe('sectorCounts', () => {
  it('counts nodes per sector, including those without one', () => {
    const counts = sectorCounts(graph, NO_FILTERS);
    expect(counts.get('health')).toBe(3);
    expect(counts.get(NO_SECTOR)).toBe(4);
    expect(counts.get('minerals')).toBe(2);
  });
  it('leaves out nodes of hidden types', () => {
    expect(
      sectorCounts(graph, { ...NO_FILTERS, hiddenTypes: new Set(['topic']) }).get('health'),
    ).toBe(2);
  });
});
