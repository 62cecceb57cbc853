import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { ScatterPlan } from '../../graph/scatter';
import { STANCES } from '../../schema/graphFile';

const CLASSES = STANCES.map((s) => `stance-${s}`).join(' ');

/**
 * Fills each placed node of the power–interest grid with its stance's colour (the stylesheet's
 * `stance-…` classes); any other layout leaves the nodes' own look. Only nodes whose stance
 * changed are touched.
 */
export function useStanceMarks(cy: Core | null, plan: ScatterPlan | null): void {
  const before = useRef<{ cy: Core; marks: Map<string, string> } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const marks = new Map<string, string>();
    if (plan?.kind === 'grid')
      for (const [id, p] of plan.places) marks.set(id, `stance-${p.stance}`);
    const was = before.current?.cy === cy ? before.current.marks : new Map<string, string>();
    before.current = { cy, marks };
    cy.batch(() => {
      for (const [id, mark] of was)
        if (marks.get(id) !== mark) cy.getElementById(id).removeClass(CLASSES);
      for (const [id, mark] of marks)
        if (was.get(id) !== mark) cy.getElementById(id).removeClass(CLASSES).addClass(mark);
    });
  }, [cy, plan]);
}
