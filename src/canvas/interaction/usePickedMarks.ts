import { useEffect } from 'react';
import type { Core } from 'cytoscape';

/** Marks the nodes picked for a bulk edit; again after an edit redraws any of them. */
export function usePickedMarks(cy: Core | null, picked: readonly string[], graphSeq: unknown) {
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    cy.batch(() => {
      cy.nodes('.picked').removeClass('picked');
      for (const id of picked) cy.getElementById(id).addClass('picked');
    });
  }, [cy, picked, graphSeq]);
}
