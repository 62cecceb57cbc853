import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { drawnId, type Bundles } from '../graph/bundles';
import type { VisibleSet } from '../graph/filters';
import type { GraphModel } from '../graph/model';
import type { AppearanceResult } from '../theme/appearance';
import { fitTo } from './camera';

/**
 * Marks the nodes and edges on the paths found (their labels show, the rest fades through the
 * highlight) and brings them into view when a new answer arrives.
 */
export function usePathMarks(cy: Core | null, bundles: Bundles, paths: VisibleSet | null): void {
  const marked = useRef<{ cy: Core; ids: string[] } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const last = marked.current?.cy === cy ? marked.current.ids : [];
    const ids = paths ? [...paths.nodes, ...[...paths.edges].map((e) => drawnId(bundles, e))] : [];
    cy.batch(() => {
      for (const id of last) cy.getElementById(id).removeClass('on-path');
      for (const id of ids) cy.getElementById(id).addClass('on-path');
    });
    marked.current = { cy, ids };
    if (paths) fitTo(cy, cy.elements('.on-path'), 300);
  }, [cy, bundles, paths]);
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
