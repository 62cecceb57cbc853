import { useEffect } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { gridPlaceOf, snapToScale } from '../../graph/assessments';
import { spanOf } from '../../graph/dates';
import { GRID_CELL, gridValueAt } from '../../graph/scatter';
import { isPlot } from '../../graph/view';
import { selectPlan } from '../../store/planDerived';
import type { AppStore } from '../../store/store';
import { elementOf } from '../interaction/useCanvasEvents';
import { withFeatureText } from '../../i18n/featureText';

/** How far outside the grid (in model units) a drop still counts as on it. */
const GRID_REACH = GRID_CELL / 2;

/** The day a drag records: the timeline's date when it is set, else today. */
function assessedOn(asOf: { to: string } | null): string {
  return asOf?.to ?? new Date().toISOString().slice(0, 10);
}

/**
 * Drags on a plot. On the power–interest grid in edit mode a node dropped on the grid is
 * assessed there, snapped to the scale, as one step of the history (with every picked node
 * dragged along); anything else dropped on a plot goes back to its place, since a plot shows
 * values and a drag does not change them.
 */
export function usePlotDrag(cy: Core | null, store: AppStore, editing: boolean): void {
  useEffect(() => {
    if (!cy) return;
    const back = (nodes: NodeSingular[]) => {
      const plan = selectPlan(store.getState());
      cy.batch(() => {
        for (const n of nodes) {
          const p = plan?.positions.get(n.id());
          if (p) n.position({ x: p.x, y: p.y });
        }
      });
    };
    const onFree = (e: EventObject) => {
      const s = store.getState();
      if (!isPlot(s.layout)) return;
      const grabbed = elementOf(e);
      const ids = s.selected.includes(grabbed.id())
        ? [...new Set([grabbed.id(), ...s.selected])]
        : [grabbed.id()];
      const nodes = ids
        .map((id) => cy.getElementById(id))
        .filter((n) => n.nonempty() && n.isNode());
      const plan = selectPlan(s);
      if (!editing || s.layout !== 'powerinterest' || !plan) return back(nodes);
      const { box } = plan.axes;
      const date = assessedOn(s.asOf);
      const day = spanOf(date)?.last;
      const list = nodes.flatMap((n) => {
        const p = n.position();
        const inside =
          p.x >= box.x1 - GRID_REACH &&
          p.x <= box.x2 + GRID_REACH &&
          p.y >= box.y1 - GRID_REACH &&
          p.y <= box.y2 + GRID_REACH;
        const node = s.graph.nodeById.get(n.id());
        if (!inside || !node) return [];
        const value = gridValueAt(p);
        const was = gridPlaceOf(node, day);
        const influence = snapToScale(value.influence);
        const interest = snapToScale(value.interest);
        // Dropped back where it stands: nothing to record.
        if (was?.influence === influence && was.interest === interest) return [];
        const stance = was?.stance ?? 'unknown';
        return [{ id: node.id, assessment: { date, influence, interest, stance } }];
      });
      // A drop off the grid, or one the data refused, leaves every node where it stood.
      if (!list.length) return back(nodes);
      // The editing commands arrive with the first drop: a page that only looks never fetches them.
      void withFeatureText(import('../../graph/assessmentEdits')).then(({ assessMany }) => {
        const now = store.getState();
        const command = now.graph === s.graph ? assessMany(now.graph, list) : null;
        if (!command || !now.perform(command)) back(nodes);
      });
    };
    cy.on('dragfree', 'node', onFree);
    return () => {
      cy.off('dragfree', 'node', onFree);
    };
  }, [cy, store, editing]);
}
