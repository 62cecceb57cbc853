import { cleanup } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_PREFIX } from '../../../src/graph/bundles';
import { deleteNode } from '../../../src/graph/edits';
import { canvasAtRest, openGenerated, renderApp } from '../../support/renderApp';

afterEach(() => cleanup());

/** Counts the elements Cytoscape restyles (a `style` event each) while `act` runs and draws. */
async function restyledBy(act: () => void, done: () => boolean): Promise<number> {
  const cy = window.cy!;
  let count = 0;
  const counted = () => count++;
  cy.on('style', counted);
  act();
  await expect.poll(done, { timeout: 20_000 }).toBe(true);
  await canvasAtRest(30_000);
  cy.off('style', counted);
  return count;
}

/** A node with parallel edges: deleting it changes the bundles, so the canvas's elements. */
function bundledNode(cy: Core, among = cy.nodes()): string {
  const bundle = cy
    .edges()
    .filter((e) => e.id().startsWith(BUNDLE_PREFIX) && among.contains(e.source()))[0];
  if (!bundle) throw new Error('the generated graph has parallel edges');
  return bundle.source().id();
}

const ids = (cy: Core, selector: string) =>
  cy
    .elements(selector)
    .map((e) => e.id())
    .sort();

describe('what an edit restyles on a 2,000-node graph', () => {
  it('deleting a node with parallel edges restyles a few elements, not all of them', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const cy = await openGenerated(store, { nodes: 2000, edges: 4000 });
    expect(cy.elements().length).toBeGreaterThan(5000);
    const gone = bundledNode(cy);
    store.getState().setEditing(true);
    const restyled = await restyledBy(
      () => store.getState().perform(deleteNode(store.getState().graph, gone)!),
      () => window.cy!.$id(gone).empty(),
    );
    // The node's neighbours and the labels the grid places again; nothing else is touched.
    expect(restyled).toBeLessThan(200);
    expect(ids(cy, '.hidden')).toEqual([]);
  });

  it('keeps what a filter hides hidden through such an edit, and hides nothing else', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const cy = await openGenerated(store, { nodes: 2000, edges: 4000 });
    store.getState().toggleSector([...store.getState().graph.sectors.keys()][0]!);
    await expect.poll(() => cy.nodes('.hidden').length).toBeGreaterThan(0);
    const gone = bundledNode(cy, cy.nodes().not('.hidden'));
    const goneEdges = new Set(
      cy
        .$id(gone)
        .connectedEdges()
        .map((e) => e.id()),
    );
    const hiddenAfter = ids(cy, '.hidden').filter((id) => !goneEdges.has(id));
    store.getState().setEditing(true);
    const restyled = await restyledBy(
      () => store.getState().perform(deleteNode(store.getState().graph, gone)!),
      () => window.cy!.$id(gone).empty(),
    );
    expect(restyled).toBeLessThan(200);
    expect(ids(cy, '.hidden')).toEqual(hiddenAfter);
  });
});
