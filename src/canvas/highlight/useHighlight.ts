import { useEffect, useRef } from 'react';
import type { Collection, Core } from 'cytoscape';
import { drawnId, type Bundles } from '../../graph/bundles';
import type { VisibleSet } from '../../graph/filters';
import type { Selection } from '../../graph/view';
import { spreadEdgeLabels, unspreadEdgeLabels } from './edgeLabels';
import type { HighlightLayer } from './layer';

/** Edge labels a selected node shows at most: a hub's would cover each other. */
const MAX_EDGE_LABELS = 150;
/**
 * Highlighted elements beyond which the layer holds the selection alone, unveiled: a hub whose
 * neighbourhood is most of the graph gains nothing from dimming the rest, and copying thousands
 * of elements costs what restyling them would.
 */
export const LAYER_LIMIT = 3000;

/**
 * Puts the selection and its highlighted neighbourhood on the highlight layer, over a veil that
 * dims the rest; the selected node's edges show their labels, spread so none covers another.
 * The canvas below keeps its elements as they are: moving the selection changes only the copies
 * on the layer.
 */
export function useHighlight(
  cy: Core | null,
  layer: HighlightLayer | null,
  bundles: Bundles,
  highlight: VisibleSet | null,
  selection: Selection | null,
): void {
  const spread = useRef<Collection | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || !layer) return;
    const marks = new Map<string, string[]>();
    const big = highlight !== null && highlight.nodes.size + highlight.edges.size > LAYER_LIMIT;
    if (highlight && !big) {
      for (const id of highlight.nodes) marks.set(id, []);
      for (const id of highlight.edges) marks.set(drawnId(bundles, id), []);
    }
    const selectedId = selection ? drawnId(bundles, selection.id) : null;
    const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
    if (selectedId && selected.nonempty() && !selected.hasClass('hidden')) {
      marks.set(selectedId, ['selected']);
      const edges =
        selection?.kind === 'node' && !big ? selected.connectedEdges().not('.hidden') : null;
      if (edges && edges.length <= MAX_EDGE_LABELS)
        edges.forEach((e) => {
          marks.set(e.id(), [...(marks.get(e.id()) ?? []), 'show-label']);
        });
    }
    if (spread.current) unspreadEdgeLabels(spread.current.filter((el) => !el.removed()));
    layer.mark('near', marks, highlight !== null && !big);
    const { overlay } = layer;
    const labelled = overlay.elements('edge.show-label');
    spread.current = labelled.nonempty()
      ? spreadEdgeLabels(overlay, labelled, overlay.elements('node').not('.layer-support'))
      : null;
  }, [cy, layer, bundles, highlight, selection]);
}
