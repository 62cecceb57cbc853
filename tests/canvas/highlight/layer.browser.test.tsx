import { cleanup, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { drawnId } from '../../../src/graph/bundles';
import { loadGraphValue } from '../../../src/graph/load';
import { bundlesFor, selectHighlight, selectPathSet } from '../../../src/store/derived';
import type { AppStore } from '../../../src/store/store';
import { deleteNode, editNode } from '../../../src/graph/edits';
import { compactOf } from '../../../src/graph/analysis/compact';
import { shortestPaths } from '../../../src/graph/analysis/paths';
import { canvasAtRest, renderApp } from '../../support/renderApp';
import { pointAtNode } from '../../support/pointer';

afterEach(() => cleanup());

const layer = () => window.cyLayer!;
/** What the layer draws for itself: its copies, less the nodes there only as an edge's end. */
const onLayer = () =>
  layer()
    .elements()
    .not('.layer-support')
    .map((el) => el.id())
    .sort();
/** The drawn ids of what the store highlights. */
function highlighted(store: AppStore): string[] {
  const s = store.getState();
  const set = selectHighlight(s)!;
  const bundles = bundlesFor(s.graph);
  return [...new Set([...set.nodes, ...[...set.edges].map((e) => drawnId(bundles, e))])].sort();
}
const veiled = () => !document.querySelector('.canvas-veil')!.hasAttribute('hidden');

/** The alpha of the layer's node canvas at a point of the canvas, in CSS pixels. */
function layerAlpha(at: { x: number; y: number }): number {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('.canvas-layer canvas')];
  let alpha = 0;
  for (const c of canvases) {
    const k = c.width / c.clientWidth;
    const px = c.getContext('2d')!.getImageData(Math.round(at.x * k), Math.round(at.y * k), 1, 1);
    alpha = Math.max(alpha, px.data[3]!);
  }
  return alpha;
}

/** Style events the canvas below raises while `act` runs, until `settled`. */
async function restyled(cy: Core, act: () => void, settled: () => boolean) {
  const seen = new Set<string>();
  const note = (e: EventObject) => seen.add((e.target as NodeSingular).id());
  cy.on('style', note);
  act();
  await expect.poll(settled).toBe(true);
  cy.off('style', note);
  return seen.size;
}

describe('the highlight layer', () => {
  it('draws exactly the selection’s neighbourhood above a veil, and restyles nothing below', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    expect(veiled()).toBe(false);
    const count = await restyled(
      cy,
      () => store.getState().selectNode('suzuki-takashi'),
      () => veiled(),
    );
    expect(count).toBe(0);
    expect(onLayer()).toEqual(highlighted(store));
    expect(layer().$id('suzuki-takashi').hasClass('selected')).toBe(true);
    expect(cy.$('.selected, .faded, .highlighted').length).toBe(0);

    // Another node: the layer holds its neighbourhood instead, still nothing restyled below.
    expect(
      await restyled(
        cy,
        () => store.getState().selectNode('jica'),
        () => layer().$id('jica').hasClass('selected'),
      ),
    ).toBe(0);
    expect(onLayer()).toEqual(highlighted(store));
    expect(layer().$id('suzuki-takashi').empty()).toBe(true);

    store.getState().clearSelection();
    await expect.poll(veiled).toBe(false);
    expect(layer().elements().length).toBe(0);
  });

  it('is drawn where its elements are, and only there (pixels)', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    store.getState().selectNode('jica');
    await expect.poll(veiled).toBe(true);
    await canvasAtRest();
    // Nodes the layer's drawing covers nowhere: its edges and labels pass over some others.
    const covers = layer()
      .elements()
      .not('.layer-support')
      .map((el) => el.renderedBoundingBox({ includeLabels: true }));
    const clear = (p: { x: number; y: number }) =>
      !covers.some((b) => p.x >= b.x1 - 2 && p.x <= b.x2 + 2 && p.y >= b.y1 - 2 && p.y <= b.y2 + 2);
    const near = onLayer().filter((id) => layer().$id(id).isNode());
    const far = cy
      .nodes()
      .map((n) => n.id())
      .filter((id) => layer().$id(id).empty() && clear(cy.$id(id).renderedPosition()));
    expect(near.length).toBeGreaterThan(3);
    expect(far.length).toBeGreaterThan(5);
    const drawnAt = (id: string) => cy.$id(id).renderedPosition();
    // The layer follows the camera: its copies sit where their originals are drawn.
    for (const id of near) expect(layer().$id(id).renderedPosition()).toEqual(drawnAt(id));
    await expect.poll(() => near.map((id) => layerAlpha(drawnAt(id)) > 200)).not.toContain(false);
    expect(far.map((id) => layerAlpha(drawnAt(id)))).toEqual(far.map(() => 0));

    cy.panBy({ x: 40, y: -25 });
    const moved = near[0]!;
    expect(layer().$id(moved).renderedPosition()).toEqual(drawnAt(moved));
    await expect.poll(() => layerAlpha(drawnAt(moved))).toBeGreaterThan(200);
  });

  it('lets the pointer through: the node under it is the canvas’s, hovered and clicked', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    store.getState().selectNode('jica');
    await expect.poll(veiled).toBe(true);
    // Its details change the page's height, and so the canvas's: pointed at once they are in.
    await screen.findByRole('heading', { level: 3, name: /JICA/ });
    await canvasAtRest();
    // Aditi Puri is on the layer, over the veil; the pointer finds her on the canvas below.
    expect(layer().$id('aditi-puri').nonempty()).toBe(true);
    const at = await pointAtNode('aditi-puri');
    const canvas = screen.getByTestId('graph-canvas');
    const box = canvas.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + at.x, box.top + at.y);
    expect(top?.closest('.canvas-layer, .canvas-veil')).toBeNull();
    expect(canvas.contains(top)).toBe(true);
    await userEvent.click(canvas, { position: at });
    await expect.poll(() => store.getState().selection?.id).toBe('aditi-puri');
    expect(layer().$id('aditi-puri').hasClass('selected')).toBe(true);
  });

  it('holds the paths found, the chosen one strong', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    const query = {
      from: 'aditi-puri',
      to: 'ryohei-aiba',
      directed: false,
      avoid: new Set<never>(),
    };
    store.getState().findPaths(query);
    // The answer as the analysis worker gives it, without waiting for a worker to start.
    const { graph } = store.getState();
    const at = (id: string) => graph.nodes.findIndex((n) => n.id === id);
    store
      .getState()
      .receivePaths(
        graph,
        query,
        shortestPaths(compactOf(graph), at('aditi-puri'), at('ryohei-aiba')),
      );
    await expect.poll(() => layer().$('.on-path').length).toBeGreaterThan(2);
    const s = store.getState();
    const bundles = bundlesFor(s.graph);
    const paths = selectPathSet(s)!;
    const pathIds = [...paths.nodes, ...[...paths.edges].map((e) => drawnId(bundles, e))].sort();
    expect(onLayer()).toEqual(pathIds);
    expect(veiled()).toBe(true);
    expect(cy.$('.on-path, .on-path-faint').length).toBe(0);

    store.getState().clearPaths();
    await expect.poll(() => layer().elements().length).toBe(0);
  });

  it('follows its originals: renamed, moved and removed', async () => {
    const { store } = renderApp();
    const cy = await canvasAtRest();
    store.getState().selectNode('jica');
    await expect.poll(veiled).toBe(true);
    const g = store.getState().graph;
    store
      .getState()
      .perform(editNode(g, 'aditi-puri', { label: { en: 'Aditi P.', hi: 'अदिति' } })!);
    await expect.poll(() => layer().$id('aditi-puri').data('en') as unknown).toBe('Aditi P.');
    cy.$id('aditi-puri').position({ x: 10, y: 20 });
    expect(layer().$id('aditi-puri').position()).toEqual({ x: 10, y: 20 });
    store.getState().perform(deleteNode(store.getState().graph, 'aditi-puri')!);
    await expect.poll(() => layer().$id('aditi-puri').empty()).toBe(true);
    expect(onLayer()).toEqual(highlighted(store));
  });

  it('holds only the selection, unveiled, when its neighbourhood is most of a big graph', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const leaves = Array.from({ length: 3200 }, (_, i) => ({
      id: `leaf${i}`,
      type: 'person',
      label: { en: `Leaf ${i}` },
      position: { x: 40 * Math.cos(i), y: 40 * Math.sin(i) * (1 + i / 100) },
    }));
    const loaded = loadGraphValue({
      format: 'stakeholder-graph',
      version: 1,
      meta: { title: { en: 'Star' } },
      sectors: [],
      relations: [{ id: 'knows', label: { en: 'knows' } }],
      nodes: [
        { id: 'hub', type: 'organisation', label: { en: 'Hub' }, position: { x: 0, y: 0 } },
        ...leaves,
      ],
      edges: leaves.map((l, i) => ({
        id: `e${i}`,
        source: 'hub',
        target: l.id,
        relation: 'knows',
        label: { en: 'knows' },
      })),
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 2)));
    store
      .getState()
      .loadGraph(loaded.graph, { kind: 'file', name: 'star.json' }, 'stakeholder-graph');
    await expect.poll(() => window.cy?.nodes().length, { timeout: 20_000 }).toBe(3201);
    await canvasAtRest(30_000);
    store.getState().selectNode('hub');
    await expect.poll(() => layer().$id('hub').hasClass('selected')).toBe(true);
    expect(onLayer()).toEqual(['hub']);
    expect(veiled()).toBe(false);
  });
});
