import { useEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { Bundles } from '../../graph/bundles';
import { elementsOf } from './useVisibility';

const NONE: ReadonlySet<string> = new Set();

/**
 * Dims what an as-of view dims (what did not exist then, or has no date). Only what changes
 * is touched, so a slider step costs the items that came or went since the last one.
 */
export function useTimeDim(
  cy: Core | null,
  bundles: Bundles,
  dimmed: ReadonlySet<string> | null,
): void {
  const before = useRef<{ cy: Core; bundles: Bundles; dimmed: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const now = dimmed ?? NONE;
    const last = before.current;
    const was = last?.cy === cy && last.bundles === bundles ? last.dimmed : null;
    before.current = { cy, bundles, dimmed: now };
    if (was === now) return;
    cy.batch(() => {
      if (was === null) {
        // New elements: whatever carries the class from before is the old instance's business.
        cy.elements('.then-absent').removeClass('then-absent');
        elementsOf(cy, bundles, now).addClass('then-absent');
        return;
      }
      const off: string[] = [];
      const on: string[] = [];
      for (const id of was) if (!now.has(id)) off.push(id);
      for (const id of now) if (!was.has(id)) on.push(id);
      elementsOf(cy, bundles, off).removeClass('then-absent');
      elementsOf(cy, bundles, on).addClass('then-absent');
    });
  }, [cy, bundles, dimmed]);
}
