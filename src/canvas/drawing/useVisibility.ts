import { useEffect, useRef } from 'react';
import type { Collection, Core } from 'cytoscape';
import type { VisibleSet } from '../../graph/filters';
import { drawnId, type Bundles } from '../../graph/bundles';
import { fitTo, shownForFit } from '../camera/camera';

/**
 * The canvas elements a set of node and edge ids names, looked up one by one (no scan of the
 * graph); an edge drawn in a bundle names its bundle.
 */
export function elementsOf(cy: Core, bundles: Bundles, ids: Iterable<string>): Collection {
  // merge adds in place (and only once), so building the collection stays linear.
  const found = cy.collection();
  for (const id of ids) {
    const el = cy.getElementById(drawnId(bundles, id));
    if (el.nonempty()) found.merge(el);
  }
  return found;
}

/**
 * Of the edges that left the shown set, the drawn ids to hide: single edges, and each bundle
 * none of whose edges is still shown. Each bundle is checked once, so this stays linear.
 */
function drawnToHide(bundles: Bundles, left: readonly string[], shown: ReadonlySet<string>) {
  const hide: string[] = [];
  const touched = new Set<string>();
  for (const id of left) {
    const bundle = bundles.of.get(id);
    if (bundle === undefined) hide.push(id);
    else touched.add(bundle);
  }
  for (const bundle of touched)
    if (!(bundles.members.get(bundle) ?? []).some((m) => shown.has(m))) hide.push(bundle);
  return hide;
}

/** The ids in `a` that are not in `b`. */
function minus(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of a) if (!b.has(id)) out.push(id);
  return out;
}

/**
 * Shows exactly the `shown` elements. Only what changes is touched: a filter that hides one
 * sector restyles that sector's nodes and edges, not the whole graph, and nothing moves —
 * hidden nodes keep their places and come back where they were. In focus mode the view fits
 * what is shown.
 */
export function useVisibility(
  cy: Core | null,
  bundles: Bundles,
  shown: VisibleSet,
  fit: boolean,
): void {
  const before = useRef<{ cy: Core; bundles: Bundles; shown: VisibleSet } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const last = before.current;
    before.current = { cy, bundles, shown };
    if (last?.cy === cy && last.bundles === bundles) {
      if (last.shown === shown) return;
      const hide = [
        ...minus(last.shown.nodes, shown.nodes),
        ...drawnToHide(bundles, minus(last.shown.edges, shown.edges), shown.edges),
      ];
      const show = [
        ...minus(shown.nodes, last.shown.nodes),
        ...minus(shown.edges, last.shown.edges),
      ];
      cy.batch(() => {
        elementsOf(cy, bundles, hide).addClass('hidden');
        elementsOf(cy, bundles, show).removeClass('hidden');
      });
    } else {
      // A new instance or new elements (an edit): one pass over everything, touching only the
      // elements whose class is wrong, since Cytoscape restyles every element a class change is
      // given, even one that has it already (a second at 5,000 nodes, after each edit).
      const visible = elementsOf(cy, bundles, [...shown.nodes, ...shown.edges]);
      cy.batch(() => {
        visible.filter('.hidden').removeClass('hidden');
        cy.elements().difference(visible).not('.hidden').addClass('hidden');
      });
    }
    if (fit) {
      const visible = shownForFit(cy);
      fitTo(cy, visible, 300);
    }
  }, [cy, bundles, shown, fit]);
}
