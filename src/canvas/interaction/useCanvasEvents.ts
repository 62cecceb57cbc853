import { useEffect } from 'react';
import type { Core, EventObject, SingularElementReturnValue } from 'cytoscape';
import { bundlesFor, selectShown } from '../../store/derived';
import type { AppStore } from '../../store/store';
import { layerOf } from '../highlight/layer';

/** The edge a tap on a drawn edge selects: itself, or a bundle's first edge still shown. */
function edgeOf(store: AppStore, drawn: string): string {
  const s = store.getState();
  const members = bundlesFor(s.graph).members.get(drawn);
  if (!members) return drawn;
  const shown = selectShown(s).edges;
  return members.find((m) => shown.has(m)) ?? members[0] ?? drawn;
}

// Cytoscape types an event's target as any; on 'node' and 'edge' handlers it is one element.
export const elementOf = (e: EventObject) => e.target as SingularElementReturnValue;

/** Turns taps and hovers on the canvas into store actions and hover classes. */
export function useCanvasEvents(cy: Core | null, store: AppStore): void {
  useEffect(() => {
    if (!cy) return;
    const onNode = (e: EventObject) => {
      const s = store.getState();
      // While editing, Shift adds a node to (or takes it from) the nodes picked for a bulk edit.
      const shift = e.originalEvent instanceof MouseEvent && e.originalEvent.shiftKey;
      if (s.editing && shift) s.toggleSelected(elementOf(e).id());
      else s.selectNode(elementOf(e).id());
    };
    const onEdge = (e: EventObject) =>
      store.getState().selectEdge(edgeOf(store, elementOf(e).id()));
    const onBackground = (e: EventObject) => {
      if (e.target === cy) store.getState().clearSelection();
    };
    // The element under the pointer is drawn on the highlight layer, an edge with its label,
    // even through the veil: a class on the canvas itself would redraw every element of a
    // big graph.
    const onOver = (e: EventObject) => {
      layerOf(cy)?.mark('hover', new Map([[elementOf(e).id(), ['hover']]]), false);
      cy.container()?.style.setProperty('cursor', 'pointer');
    };
    const onOut = (e: EventObject) => {
      const layer = layerOf(cy);
      if (layer?.idsOf('hover').has(elementOf(e).id())) layer.mark('hover', new Map(), false);
      cy.container()?.style.removeProperty('cursor');
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', 'edge', onEdge);
      cy.off('tap', onBackground);
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
    };
  }, [cy, store]);
}
