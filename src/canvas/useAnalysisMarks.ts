import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import { drawnId, type Bundles } from '../graph/bundles';
import type { VisibleSet } from '../graph/filters';
import type { GraphModel } from '../graph/model';
import type { AppearanceResult } from '../theme/appearance';
import { bringIntoView, fitTo } from './camera';

/**
 * Marks the path the user chose strong (`on-path`, labels shown) and the other paths found
 * faint (`on-path-faint`); the rest fades through the highlight. A new answer is framed
 * whole; choosing another of its paths brings that one into view. Only the ids that change
 * class are touched.
 */
export function usePathMarks(
  cy: Core | null,
  bundles: Bundles,
  paths: VisibleSet | null,
  chosen: VisibleSet | null,
): void {
  const marked = useRef<{
    cy: Core;
    paths: VisibleSet | null;
    strong: string[];
    faint: string[];
  } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const last = marked.current?.cy === cy ? marked.current : null;
    const ids = (set: VisibleSet | null) =>
      set ? [...set.nodes, ...[...set.edges].map((e) => drawnId(bundles, e))] : [];
    const strong = ids(chosen);
    const strongSet = new Set(strong);
    const faint = ids(paths).filter((id) => !strongSet.has(id));
    cy.batch(() => {
      for (const id of last?.strong ?? []) cy.getElementById(id).removeClass('on-path');
      for (const id of last?.faint ?? []) cy.getElementById(id).removeClass('on-path-faint');
      for (const id of faint) cy.getElementById(id).addClass('on-path-faint');
      for (const id of strong) cy.getElementById(id).addClass('on-path');
    });
    marked.current = { cy, paths, strong, faint };
    if (!paths) return;
    if (last?.paths !== paths) fitTo(cy, cy.elements('.on-path, .on-path-faint'), 300);
    else bringIntoView(cy, cy.elements('node.on-path'));
  }, [cy, bundles, paths, chosen]);
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
