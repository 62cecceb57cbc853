import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { svgOf } from '../../../src/canvas/export/imageExport';
import { buildStylesheet } from '../../../src/canvas/drawing/stylesheet';
import type { LegendModel } from '../../../src/store/describe';

const container = document.createElement('div');
container.style.cssText = 'width:600px;height:400px';
document.body.append(container);
const cy = cytoscape({
  container,
  style: buildStylesheet('en', 2, false),
  elements: [
    { data: { id: 'a', en: 'a', hi: 'a', degree: 1, ring: '#000' }, position: { x: 0, y: 0 } },
    { data: { id: 'b', en: 'b', hi: 'b', degree: 1, ring: '#000' }, position: { x: 200, y: 0 } },
    {
      data: { id: 'e', source: 'a', target: 'b', en: 'e', hi: 'e', color: '#333' },
      classes: 'show-label arrow-to',
    },
  ],
});
afterAll(() => cy.destroy());

const legendWith = (title: string, note: string): LegendModel => ({
  title,
  sections: [
    { heading: 'Node types', items: [{ text: title, colour: '#ea580c', shape: 'ellipse' }] },
  ],
  notes: [note],
});
const legend = legendWith('Jharkhand and Japan', 'Filters: Sectors: Health');

// Any UTF-16 code unit: control characters, U+FFFE, lone surrogate halves, markup characters.
const anyText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

describe('SVG export', () => {
  it('is well-formed XML whatever the labels hold', () => {
    fc.assert(
      fc.property(anyText, anyText, (node, edge) => {
        cy.$id('a').data('en', node);
        cy.$id('e').data('en', edge);
        const svg = svgOf(cy, legendWith(node, edge));
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a label’s text, dropping only what XML cannot hold', () => {
    cy.$id('a').data('en', 'Caf\u00e9 <b>&\u0001\uD800');
    const doc = new DOMParser().parseFromString(svgOf(cy, legend), 'image/svg+xml');
    expect([...doc.querySelectorAll('tspan')].map((t) => t.textContent)).toContain('Café <b>&');
  });

  it('carries the legend beside the drawing: title, sections and notes as text', () => {
    const doc = new DOMParser().parseFromString(svgOf(cy, legend), 'image/svg+xml');
    const texts = [...doc.querySelectorAll('g.legend > text')].map((t) => t.textContent);
    expect(texts).toEqual([
      'Jharkhand and Japan',
      'Node types',
      'Jharkhand and Japan',
      'Filters: Sectors: Health',
    ]);
  });
});
