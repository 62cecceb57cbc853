import { useLayoutEffect, useRef } from 'react';
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type StylesheetJson,
} from 'cytoscape';

/** Options Cytoscape reads only when an instance is created; a change needs a new instance. */
export type CreateOptions = Omit<CytoscapeOptions, 'container' | 'elements' | 'style'> & {
  /** Cytoscape's renderer choice, e.g. its WebGL mode (not in the published typings). */
  renderer?: { name: 'canvas'; webgl?: boolean };
};

const fill = { width: '100%', height: '100%' };

/**
 * One Cytoscape instance in a div. Elements and stylesheet are compared by identity: a new
 * elements array is patched in: new ids added, missing ones removed, and of the rest only those
 * with a new definition visited, given their new data and classes where those changed but left
 * where they stand unless the data moved them. A new stylesheet replaces the old one. The
 * instance is created with its first elements, so the first frame draws the graph at once,
 * and with any renderer (react-cytoscapejs passes only a fixed list of options, not this one).
 */
export default function CytoscapeHost({
  elements,
  stylesheet,
  options,
  onCy,
}: {
  elements: readonly ElementDefinition[];
  stylesheet: StylesheetJson;
  options: CreateOptions;
  onCy: (cy: Core | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<{
    cy: Core;
    elements: readonly ElementDefinition[];
    style: StylesheetJson;
  } | null>(null);

  useLayoutEffect(() => {
    const cy = cytoscape({
      ...options,
      container: container.current,
      elements: [...elements],
      style: stylesheet,
    });
    instance.current = { cy, elements, style: stylesheet };
    onCy(cy);
    return () => {
      instance.current = null;
      onCy(null);
      cy.destroy();
    };
    // Created once per mount; later elements and stylesheets are patched in below, and the
    // parent gives the component a new key when creation options change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    const current = instance.current;
    if (!current || current.elements === elements) return;
    const { cy } = current;
    const before = new Map(current.elements.map((el) => [String(el.data.id), el]));
    current.elements = elements;
    const wanted = new Set<string>();
    cy.batch(() => {
      const added: ElementDefinition[] = [];
      const changed: [ElementDefinition, ElementDefinition | undefined][] = [];
      for (const el of elements) {
        const id = String(el.data.id);
        wanted.add(id);
        const was = before.get(id);
        // The same definition draws the same: an edit leaves the rest alone, unvisited.
        if (was !== el) changed.push([el, was]);
      }
      for (const id of before.keys()) if (!wanted.has(id)) cy.getElementById(id).remove();
      for (const [el, was] of changed) {
        const existing = cy.getElementById(String(el.data.id));
        if (existing.empty()) {
          added.push(el);
          continue;
        }
        if (!was || !sameDrawing(was, el))
          existing.json({ data: el.data, classes: el.classes ?? '' });
        // A place the data changed (a move undone) is drawn; one only the canvas knows stays.
        if (el.position && was?.position && !samePoint(el.position, was.position))
          existing.position({ ...el.position });
      }
      // Nodes before edges, so every new edge finds its ends.
      cy.add(added);
    });
  }, [elements]);

  useLayoutEffect(() => {
    const current = instance.current;
    if (!current || current.style === stylesheet) return;
    current.style = stylesheet;
    current.cy.style(stylesheet);
  }, [stylesheet]);

  return <div ref={container} style={fill} />;
}

function sameDrawing(a: ElementDefinition, b: ElementDefinition): boolean {
  if ((a.classes ?? '') !== (b.classes ?? '')) return false;
  const x: Record<string, unknown> = a.data;
  const y: Record<string, unknown> = b.data;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

function samePoint(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}
