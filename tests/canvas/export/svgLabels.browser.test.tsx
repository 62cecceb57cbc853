import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { svgOf } from '../../../src/canvas/export/imageExport';
import type { Lang } from '../../../src/i18n/strings';
import { legendOf } from '../../../src/store/describe';
import { canvasAtRest, renderApp } from '../../support/renderApp';

afterEach(() => cleanup());

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Draws the SVG in the page at the drawing's own scale and reads each label's box back in the
 * canvas's model coordinates (the export shifts the drawing by the padding it adds).
 */
function svgLabelBoxes(svg: string, shift: { dx: number; dy: number }) {
  const host = document.importNode(
    new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement,
    true,
  );
  document.body.append(host);
  const boxes = new Map<string, Box & { lines: number }>();
  for (const g of host.querySelectorAll<SVGGElement>('g[data-label]')) {
    const text = g.querySelector('text');
    if (!text || g.getAttribute('transform')) continue;
    const b = text.getBBox();
    boxes.set(g.getAttribute('data-label') ?? '', {
      x1: b.x - shift.dx,
      x2: b.x + b.width - shift.dx,
      y1: b.y - shift.dy,
      y2: b.y + b.height - shift.dy,
      lines: text.querySelectorAll('tspan').length,
    });
  }
  host.remove();
  return boxes;
}

describe.each<Lang>(['en', 'hi'])(
  'the SVG export in %s draws labels where the canvas does',
  (lang) => {
    it('each node label’s box matches the canvas’s, and none covers another', async () => {
      const { store } = renderApp(lang);
      const cy = await canvasAtRest();
      const svg = svgOf(cy, legendOf(store.getState()));
      const visible = cy.elements().not('.hidden');
      const whole = visible.boundingBox({});
      const shift = { dx: 30 - whole.x1, dy: 30 - whole.y1 };
      const boxes = svgLabelBoxes(svg, shift);
      expect(boxes.size).toBe(cy.nodes().length);
      const placed: [string, Box][] = [];
      cy.nodes().forEach((n) => {
        const canvas = n.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        });
        // Background padding and Cytoscape's margin of error, each side.
        const pad = 4;
        const svgBox = boxes.get(n.id());
        expect(svgBox, n.id()).toBeDefined();
        if (!svgBox) return;
        // Same centre and width within a pixel or two; the glyphs sit inside the canvas's box.
        expect(
          Math.abs((svgBox.x1 + svgBox.x2) / 2 - (canvas.x1 + canvas.x2) / 2),
          n.id(),
        ).toBeLessThan(2);
        expect(Math.abs(svgBox.x2 - svgBox.x1 - (canvas.w - 2 * pad)), n.id()).toBeLessThan(3);
        expect(svgBox.y1, n.id()).toBeGreaterThan(canvas.y1 - 3);
        expect(svgBox.y2, n.id()).toBeLessThan(canvas.y2 + 3);
        const lineHeight = parseFloat(String(n.style('font-size')));
        expect(svgBox.lines, n.id()).toBe(Math.round((canvas.h - 2 * pad) / lineHeight));
        placed.push([n.id(), svgBox]);
      });
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++)
          expect(
            overlaps(placed[i]![1], placed[j]![1]),
            `${placed[i]![0]} / ${placed[j]![0]}`,
          ).toBe(false);
    });

    it('puts a selection’s edge labels where the canvas put them, and leaves out those it hid', async () => {
      const { store } = renderApp(lang);
      const cy = await canvasAtRest();
      store.getState().selectNode('jica');
      // The selection's edges are drawn, labelled, on the highlight layer above the canvas.
      const layer = window.cyLayer!;
      await expect.poll(() => layer.edges('.show-label').length).toBeGreaterThan(2);
      const svg = svgOf(cy, legendOf(store.getState()));
      const visible = cy.elements().not('.hidden');
      const whole = visible.boundingBox({});
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const drawn = new Map(
        [...doc.querySelectorAll('g[data-label][transform]')].map((g) => {
          const m = /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(g.getAttribute('transform') ?? '');
          return [g.getAttribute('data-label'), { x: Number(m?.[1]), y: Number(m?.[2]) }];
        }),
      );
      const labelled = layer.edges().filter((e) => String(e.style('label')) !== '');
      expect(cy.edges().filter((e) => String(e.style('label')) !== '').length).toBe(0);
      expect(drawn.size).toBe(labelled.length);
      labelled.forEach((e) => {
        const b = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        const at = drawn.get(e.id());
        expect(at, e.id()).toBeDefined();
        expect(Math.abs((at?.x ?? 0) - (30 - whole.x1) - (b.x1 + b.x2) / 2), e.id()).toBeLessThan(
          1,
        );
        expect(Math.abs((at?.y ?? 0) - (30 - whole.y1) - (b.y1 + b.y2) / 2), e.id()).toBeLessThan(
          1,
        );
      });
      layer.edges('.label-hidden').forEach((e) => {
        expect(drawn.has(e.id())).toBe(false);
      });
    });

    it('draws arrowheads the canvas’s size, not by the line’s width', async () => {
      const { store } = renderApp(lang);
      const cy = await canvasAtRest();
      const svg = svgOf(cy, legendOf(store.getState()));
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const markers = [...doc.querySelectorAll('marker')];
      expect(markers.length).toBeGreaterThan(0);
      for (const m of markers) {
        expect(m.getAttribute('markerUnits')).toBe('userSpaceOnUse');
        // 2-unit edges at arrow-scale 0.9: Cytoscape's triangle is 7.83 units long.
        expect(Number(m.getAttribute('markerWidth'))).toBeCloseTo(7.83, 1);
      }
    });
  },
);
