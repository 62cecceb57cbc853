import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import type { GraphModel } from '../../graph/model';
import type { AppearanceResult } from '../../theme/appearance';

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
