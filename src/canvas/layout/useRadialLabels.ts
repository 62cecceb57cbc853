import { useEffect } from 'react';
import type { Core } from 'cytoscape';
import { CIRCLE_FONT } from '../../graph/arrange';
import type { LayoutName } from '../../graph/view';
import { selectedElements } from '../highlight/layer';
import { fitTo, shownForFit } from '../camera/camera';
import type { LayoutState } from '../layouts';

/** Above this many shown nodes labels stay as they are: a circle that big is read by zooming. */
const RADIAL_UP_TO = 2000;
/** Gap between a node and its label, model units. */
const GAP = 6;

const STYLES = [
  'text-rotation',
  'text-halign',
  'text-valign',
  'text-margin-x',
  'text-margin-y',
  'text-wrap',
  'text-max-width',
  'font-size',
] as const;

/**
 * In the circle layout, turns each label outwards along its radius, whole on one line, in a larger
 * type (the circle is wide, so its fit is far out), so the labels of neighbours on the circle
 * lie side by side instead of across each other (the circle gives each node a line of arc).
 * Labels on the left half are turned the other way round, so no text is upside down. Any other
 * layout gets the stylesheet's labels back.
 */
export function useRadialLabels(cy: Core | null, layout: LayoutName, state: LayoutState): void {
  useEffect(() => {
    if (!cy || cy.destroyed() || state !== 'idle') return;
    const nodes = cy.nodes().not('.hidden');
    if (layout !== 'circle' || nodes.length > RADIAL_UP_TO || nodes.length < 3) return;
    // The circle's centre: the middle of its nodes.
    let [cx, cy0] = [0, 0];
    nodes.forEach((n) => {
      cx += n.position('x');
      cy0 += n.position('y');
    });
    cx /= nodes.length;
    cy0 /= nodes.length;
    cy.batch(() => {
      nodes.style({
        'font-size': CIRCLE_FONT,
        // Whole names on one line: along the radius a long name crowds no neighbour.
        'text-wrap': 'none',
        'text-valign': 'center',
        'text-halign': 'center',
      });
    });
    // Widths as drawn on one line, measured before the labels move.
    const widths = nodes.map((n) => n.boundingBox({ includeNodes: false, includeLabels: true }).w);
    cy.batch(() => {
      nodes.forEach((n, i) => {
        const angle = Math.atan2(n.position('y') - cy0, n.position('x') - cx);
        const reach = n.width() / 2 + GAP + (widths[i] ?? 0) / 2;
        n.style({
          // Within a quarter turn of level either way: the left half's labels read outwards
          // from their end.
          'text-rotation':
            Math.cos(angle) >= 0 ? angle : angle > 0 ? angle - Math.PI : angle + Math.PI,
          'text-margin-x': Math.cos(angle) * reach,
          'text-margin-y': Math.sin(angle) * reach,
        });
      });
    });
    // The labels now reach further out than the fit allowed for; a selection stays framed.
    if (selectedElements(cy).nodes().empty()) fitTo(cy, shownForFit(cy));
    return () => {
      if (!cy.destroyed()) cy.batch(() => nodes.removeStyle(STYLES.join(' ')));
    };
  }, [cy, layout, state]);
}
