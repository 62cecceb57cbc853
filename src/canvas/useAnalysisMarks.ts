import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { drawnId, type Bundles } from '../graph/bundles';
import type { VisibleSet } from '../graph/filters';
import type { GraphModel } from '../graph/model';
import type { AppearanceResult } from '../theme/appearance';
import { bringIntoView, fitTo } from './camera';
import { layerElements, type HighlightLayer } from './highlight/layer';

/**
 * Puts the paths found on the highlight layer, over the veil: the one the user chose strong
 * (`on-path`, labels shown), the others faint (`on-path-faint`). A new answer is framed whole;
 * choosing another of its paths brings that one into view. The canvas below is not restyled.
 */
export function usePathMarks(
  cy: Core | null,
  layer: HighlightLayer | null,
  bundles: Bundles,
  paths: VisibleSet | null,
  chosen: VisibleSet | null,
): void {
  const framed = useRef<{ cy: Core; paths: VisibleSet | null } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || !layer) return;
    const last = framed.current?.cy === cy ? framed.current : null;
    const ids = (set: VisibleSet | null) =>
      set ? [...set.nodes, ...[...set.edges].map((e) => drawnId(bundles, e))] : [];
    const marks = new Map<string, string[]>();
    for (const id of ids(paths)) marks.set(id, ['on-path-faint']);
    for (const id of ids(chosen)) marks.set(id, ['on-path']);
    layer.mark('path', marks, true);
    framed.current = { cy, paths };
    if (!paths) return;
    const marked = layerElements(cy, 'path');
    if (last?.paths !== paths) fitTo(cy, marked, 300);
    else
      bringIntoView(
        cy,
        marked.nodes().filter((n) => chosen?.nodes.has(n.id()) ?? false),
      );
  }, [cy, layer, bundles, paths, chosen]);
}

/**
 * Puts the chosen look on the nodes as data the stylesheet reads (`appColour`, `appSize`);
 * the default look removes it. One batch per change of look.
 */
export function useAppearanceMarks(
  cy: Core | null,
  graph: GraphModel,
  look: AppearanceResult,
): void {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => {
      graph.nodes.forEach((n, i) => {
        const node = cy.getElementById(n.id);
        if (node.empty()) return;
        const colour = look.colours?.[i];
        const size = look.sizes?.[i];
        if (colour) node.data('appColour', colour);
        else if (node.data('appColour') !== undefined) node.removeData('appColour');
        if (size !== undefined) node.data('appSize', size);
        else if (node.data('appSize') !== undefined) node.removeData('appSize');
      });
    });
  }, [cy, graph, look]);
}
