import { cleanup } from '@testing-library/react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { addEdge, deleteNode, editNode } from '../../src/graph/edits';
import type { AppStore } from '../../src/store/store';
import { canvasAtRest, openGenerated, renderApp } from '../support/renderApp';

afterEach(() => cleanup());

/** What Cytoscape was told while `act` ran: each element added, removed or given new data. */
async function told(cy: Core, act: () => void, settled: () => boolean) {
  const seen: string[] = [];
  const note = (e: EventObject) => seen.push(`${e.type} ${(e.target as NodeSingular).id()}`);
  cy.on('add remove data', note);
  act();
  await expect.poll(settled).toBe(true);
  cy.off('add remove data', note);
  return seen.sort();
}

async function drawn(): Promise<{ store: AppStore; cy: Core }> {
  const { store } = renderApp();
  await canvasAtRest();
  return { store, cy: await openGenerated(store, { nodes: 2000, edges: 6000 }) };
}

describe('react-cytoscapejs patching a 2,000-node graph', () => {
  it('adds, removes and gives new data to nothing on a filter or a language change', async () => {
    const { store, cy } = await drawn();
    const sector = store.getState().graph.sectors.keys().next().value!;
    const inSector = store.getState().graph.nodes.filter((n) => n.sectors.includes(sector));
    expect(inSector.length).toBeGreaterThan(0);
    const hidden = () => cy.nodes('.hidden').length;
    expect(
      await told(
        cy,
        () => store.getState().toggleSector(sector),
        () => hidden() > 0,
      ),
    ).toEqual([]);
    expect(
      await told(
        cy,
        () => store.getState().toggleSector(sector),
        () => hidden() === 0,
      ),
    ).toEqual([]);
    // Labels follow the language through the stylesheet, not through each element's data.
    expect(
      await told(
        cy,
        () => store.getState().setLanguage('hi'),
        () => document.documentElement.lang === 'hi',
      ),
    ).toEqual([]);
  }, 90_000);

  it('tells the canvas about what it changed and nothing else', async () => {
    const { store, cy } = await drawn();
    const g = () => store.getState().graph;

    const rename = editNode(g(), 'n7', { label: { en: 'Renamed', hi: 'नया नाम' } });
    expect(
      await told(
        cy,
        () => store.getState().perform(rename!),
        () => cy.$id('n7').data('en') === 'Renamed',
      ),
    ).toEqual(['data n7']);
    expect(
      await told(
        cy,
        () => store.getState().undo(),
        () => cy.$id('n7').data('en') !== 'Renamed',
      ),
    ).toEqual(['data n7']);

    // Two nodes with no edge between them in either direction, so no bundle changes.
    const apart = g().nodes.find(
      (n) =>
        n.id !== 'n3' &&
        !g()
          .incident.get('n3')!
          .some((e) => [e.source, e.target].includes(n.id)),
    )!.id;
    const edges = cy.edges().length;
    const link = addEdge(g(), {
      source: 'n3',
      target: apart,
      relation: g().relations.keys().next().value!,
      label: { en: 'met', hi: 'मिले' },
      provenance: [],
    });
    const added = await told(
      cy,
      () => store.getState().perform(link),
      () => cy.edges().length === edges + 1,
    );
    // The new edge, and the new link count of each of its ends.
    expect(added).toHaveLength(3);
    expect(added.filter((e) => e.startsWith('add'))).toHaveLength(1);
    expect(added.filter((e) => e.startsWith('data')).sort()).toEqual(
      [`data ${apart}`, 'data n3'].sort(),
    );

    const hub = [...g().incident].sort((a, b) => b[1].length - a[1].length)[0]![0];
    const spokes = cy.$id(hub).connectedEdges().length;
    const removed = await told(
      cy,
      () => store.getState().perform(deleteNode(g(), hub)!),
      () => cy.$id(hub).empty(),
    );
    expect(removed.filter((e) => e.startsWith('remove'))).toHaveLength(1 + spokes);
    expect(removed.filter((e) => e.startsWith('add'))).toEqual([]);
    // Its neighbours have one link fewer each; nothing else is touched.
    expect(removed.filter((e) => e.startsWith('data')).length).toBeLessThanOrEqual(spokes);
    expect(cy.nodes().length).toBe(1999);
  }, 90_000);
});
