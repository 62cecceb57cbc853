import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_ABOVE, LARGE_GRAPH } from '../../src/canvas/layouts';
import { loadGraphValue } from '../../src/graph/load';
import { canvasAtRest, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

/** A generated graph a little above the size where the layout switches to its draft mode. */
function largeGraph(nodes: number, edges: number) {
  const types = ['person', 'organisation', 'topic'] as const;
  const value = {
    format: 'stakeholder-graph',
    version: 1,
    meta: { title: { en: 'Large' } },
    sectors: [
      { id: 'a', label: { en: 'A' } },
      { id: 'b', label: { en: 'B' } },
    ],
    relations: [{ id: 'r', label: { en: 'relates to' } }],
    nodes: Array.from({ length: nodes }, (_, i) => ({
      id: `n${i}`,
      // A few places, so hiding them keeps the visible graph above the draft threshold.
      type: i % 50 === 0 ? 'place' : types[i % 3],
      label: { en: `Node ${i}` },
      sectors: [i % 2 ? 'a' : 'b'],
    })),
    edges: Array.from({ length: edges }, (_, i) => ({
      id: `e${i}`,
      source: `n${(i * 7919) % nodes}`,
      target: `n${(i * 104729 + 1) % nodes}`,
      relation: 'r',
      label: { en: 'relates to' },
    })),
  };
  const loaded = loadGraphValue(value);
  if (!loaded.ok) throw new Error('generated graph must load');
  return loaded.graph;
}

describe('a graph too large to animate', () => {
  it('lays out again after a filter change without the canvas failing', async () => {
    const { store } = renderApp();
    const small = await canvasAtRest();
    const nodes = DRAFT_ABOVE + 200;
    const graph = largeGraph(nodes, nodes * 2);
    store.getState().loadGraph(graph, { kind: 'file', name: 'large.json' }, 'stakeholder-graph');
    await expect.poll(() => window.cy?.nodes().length, { timeout: 30_000 }).toBe(DRAFT_ABOVE + 200);
    // Large graphs get a canvas created with Cytoscape's large-graph rendering options.
    expect(window.cy).not.toBe(small);
    expect(small.destroyed()).toBe(true);
    expect(window.cy!.elements().length).toBe(nodes * 3);
    expect(nodes * 3).toBeGreaterThan(LARGE_GRAPH);
    store.getState().toggleType('place');
    store.getState().rerunLayout();
    const cy = await canvasAtRest();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(cy.nodes('.hidden').length).toBe(nodes / 50);
    // Still above the draft threshold, where the layout once crashed after a filter change.
    expect(cy.nodes().not('.hidden').length).toBe(nodes - nodes / 50);
    expect(nodes - nodes / 50).toBeGreaterThan(DRAFT_ABOVE);
    const positions = cy.nodes(':visible').map((n) => n.position());
    expect(positions.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  }, 60_000);
});
