import { useEffect, useRef, useState } from 'react';
import type { Core, StylesheetJson } from 'cytoscape';
import { createLayer, type HighlightLayer } from './layer';

/**
 * The highlight layer of a canvas: made with each Cytoscape instance, in the two elements the
 * caller renders above it (`container` for the layer, `veil` for the dimming), and given each
 * new stylesheet.
 */
export function useHighlightLayer(
  cy: Core | null,
  stylesheet: StylesheetJson,
  pixelRatio: number | 'auto',
) {
  const container = useRef<HTMLDivElement>(null);
  const veil = useRef<HTMLDivElement>(null);
  const [layer, setLayer] = useState<HighlightLayer | null>(null);
  useEffect(() => {
    if (!cy || cy.destroyed() || !container.current || !veil.current) return;
    const made = createLayer(cy, container.current, veil.current, stylesheet, pixelRatio);
    window.cyLayer = made.overlay;
    setLayer(made);
    return () => {
      made.destroy();
      setLayer(null);
    };
    // One layer per instance; the stylesheet follows below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy]);
  useEffect(() => {
    layer?.style(stylesheet);
  }, [layer, stylesheet]);
  return { layer, container, veil };
}
