import { isPlot } from '../../graph/view';
import { useEffect, useState } from 'react';
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import { moveNodes } from '../../graph/moves';
import type { AppStore } from '../../store/store';
import { elementOf } from './useCanvasEvents';

let registered: Promise<void> | null = null;
/** cytoscape-edgehandles, fetched and registered the first time links are drawn. */
function edgehandlesReady(): Promise<void> {
  return (registered ??= import('cytoscape-edgehandles').then(({ default: edgehandles }) => {
    cytoscape.use(edgehandles);
  }));
}

type Point = { x: number; y: number };
const rounded = (p: Point): Point => ({
  x: Math.round(p.x * 10) / 10,
  y: Math.round(p.y * 10) / 10,
});

/**
 * The canvas gestures of edit mode. A node dragged (with the other picked nodes, if it is one)
 * is one step of the history; a box drawn with Shift picks the nodes in it; a double click on
 * empty canvas opens a new node there; with "Draw links" on, a drag from one node to another
 * opens the new relationship's form with both ends filled in. Out: whether links can be drawn
 * now (their code arrives the first time they are asked for).
 */
export function useEditGestures(
  cy: Core | null,
  store: AppStore,
  editing: boolean,
  draw: boolean,
): boolean {
  const [drawing, setDrawing] = useState(false);
  useEffect(() => {
    if (!cy || !editing) return;
    cy.boxSelectionEnabled(true);
    let carried: { id: string; from: Point }[] = [];
    let grabbedFrom: Point | null = null;
    const onGrab = (e: EventObject) => {
      const node = elementOf(e);
      const { selected } = store.getState();
      grabbedFrom = { ...node.position() };
      carried = selected.includes(node.id())
        ? selected
            .filter((id) => id !== node.id())
            .flatMap((id) => {
              const other = cy.getElementById(id);
              return other.empty() ? [] : [{ id, from: { ...other.position() } }];
            })
        : [];
    };
    const onDrag = (e: EventObject) => {
      if (!grabbedFrom || carried.length === 0) return;
      const at = elementOf(e).position();
      const dx = at.x - grabbedFrom.x;
      const dy = at.y - grabbedFrom.y;
      cy.batch(() => {
        for (const c of carried)
          cy.getElementById(c.id).position({ x: c.from.x + dx, y: c.from.y + dy });
      });
    };
    const onFree = (e: EventObject) => {
      const node = elementOf(e);
      const places = new Map<string, Point>([[node.id(), rounded(node.position())]]);
      for (const c of carried) places.set(c.id, rounded(cy.getElementById(c.id).position()));
      carried = [];
      grabbedFrom = null;
      const s = store.getState();
      // On a plot a drop means a value, not a place: usePlotDrag takes it.
      if (isPlot(s.layout)) return;
      s.perform(moveNodes(s.graph, places));
    };
    let boxed: string[] = [];
    const onBox = (e: EventObject) => {
      const node = elementOf(e);
      if (boxed.length === 0)
        queueMicrotask(() => {
          const s = store.getState();
          s.setSelected([...new Set([...s.selected, ...boxed])]);
          boxed = [];
        });
      boxed.push(node.id());
    };
    const onDoubleTap = (e: EventObject) => {
      if (e.target !== cy) return;
      store.getState().openEditForm({ kind: 'node', at: rounded(e.position) });
    };
    const onTap = (e: EventObject) => {
      // With the new node form open, a click on empty canvas says where the node goes.
      const form = store.getState().editForm;
      if (e.target === cy && form?.kind === 'node')
        store.getState().openEditForm({ kind: 'node', at: rounded(e.position) });
    };
    cy.on('grab', 'node', onGrab);
    cy.on('drag', 'node', onDrag);
    cy.on('dragfree', 'node', onFree);
    cy.on('box', 'node', onBox);
    cy.on('dbltap', onDoubleTap);
    cy.on('tap', onTap);
    return () => {
      cy.boxSelectionEnabled(false);
      cy.off('grab', 'node', onGrab);
      cy.off('drag', 'node', onDrag);
      cy.off('dragfree', 'node', onFree);
      cy.off('box', 'node', onBox);
      cy.off('dbltap', onDoubleTap);
      cy.off('tap', onTap);
    };
  }, [cy, store, editing]);

  useEffect(() => {
    if (!cy || !editing || !draw) return;
    let stop = () => {};
    let live = true;
    void edgehandlesReady().then(() => {
      if (!live || cy.destroyed()) return;
      stop = drawLinks(cy, store);
      setDrawing(true);
    });
    return () => {
      live = false;
      stop();
      setDrawing(false);
    };
  }, [cy, store, editing, draw]);
  return drawing;
}

/**
 * Turns on drawing links node to node; out: a function that turns it off. A drag from one node
 * to another opens the new relationship's form with both ends filled in.
 */
function drawLinks(cy: Core, store: AppStore): () => void {
  const handles = cy.edgehandles({
    canConnect: (source, target) => !source.same(target) && !target.hasClass('eh-ghost'),
    snap: true,
    hoverDelay: 100,
  });
  handles.enableDrawMode();
  const onComplete = (
    _e: EventObject,
    source: NodeSingular,
    target: NodeSingular,
    added: cytoscape.EdgeCollection,
  ) => {
    // The drawn line is only a gesture: the relationship is made by the form, as one step.
    added.remove();
    store.getState().openEditForm({ kind: 'edge', source: source.id(), target: target.id() });
  };
  cy.on('ehcomplete', onComplete);
  return () => {
    cy.off('ehcomplete', onComplete);
    handles.destroy();
  };
}
