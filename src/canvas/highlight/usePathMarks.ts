import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { drawnId, type Bundles } from '../../graph/bundles';
import type { VisibleSet } from '../../graph/filters';
import type { HighlightLayer } from './layer';

/** The drawn ids of a set's nodes and edges (an edge in a bundle is drawn as its bundle). */
export const drawnIds = (bundles: Bundles, set: VisibleSet | null): string[] =>
  set ? [...set.nodes, ...[...set.edges].map((e) => drawnId(bundles, e))] : [];

/**
 * Puts the paths found on the highlight layer, over the veil: the one the user chose strong
 * (`on-path`, labels shown), the others faint (`on-path-faint`). The canvas below is not
 * restyled.
 */
export function usePathMarks(
  cy: Core | null,
  layer: HighlightLayer | null,
  bundles: Bundles,
  paths: VisibleSet | null,
  chosen: VisibleSet | null,
): void {
  useEffect(() => {
    if (!cy || cy.destroyed() || !layer) return;
    const marks = new Map<string, string[]>();
    for (const id of drawnIds(bundles, paths)) marks.set(id, ['on-path-faint']);
    for (const id of drawnIds(bundles, chosen)) marks.set(id, ['on-path']);
    layer.mark('path', marks, true);
  }, [cy, layer, bundles, paths, chosen]);
}
