import type { Core, EdgeSingular, SingularElementReturnValue } from 'cytoscape';
import { edgeKeepOrder, keptShare } from '../../graph/thinning';

/**
 * The parts of Cytoscape's canvas renderer that draw an edge. Not public: read through a guard,
 * so a Cytoscape that changed them leaves every edge drawn rather than failing.
 */
interface EdgeDrawer {
  drawEdge: (this: EdgeDrawer, context: unknown, edge: EdgeSingular, ...rest: unknown[]) => void;
  drawCachedElement: (
    this: EdgeDrawer,
    context: unknown,
    ele: SingularElementReturnValue,
    ...rest: unknown[]
  ) => void;
  data?: { lyrTxrCache?: { invalidateElements?: (eles: unknown) => void } };
}

function isEdgeDrawer(r: unknown): r is EdgeDrawer {
  return (
    typeof r === 'object' &&
    r !== null &&
    'drawEdge' in r &&
    typeof r.drawEdge === 'function' &&
    'drawCachedElement' in r &&
    typeof r.drawCachedElement === 'function'
  );
}

/** Cytoscape's renderer: a method of the core its typings leave out. */
function rendererOf(cy: Core): unknown {
  const renderer: unknown = Reflect.get(cy, 'renderer');
  if (typeof renderer !== 'function') return null;
  const made: unknown = Reflect.apply(renderer, cy, []);
  return made;
}

/** Runs `work` when the page is idle (or within a second); out: a way to cancel it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

export interface EdgeThinning {
  /** How many edges are shown (the filters'), which sets how dense the picture is. */
  setShownEdges(count: number): void;
  /** The share of edges drawn at the current zoom (1: all). */
  share(): number;
  destroy(): void;
}

/**
 * Draws only part of a big graph's edges where the view is too far out for them to be more
 * than a grey mass: the first of them in `edgeKeepOrder` (each node keeps its best-connected
 * link), as many as keep the picture near a legible density, more with each step in. It skips
 * edges as Cytoscape draws them, so thinning restyles nothing; the highlight layer still draws
 * the selection's and the paths' edges, and every node stays drawn and tappable.
 */
export function thinEdges(cy: Core): EdgeThinning | null {
  const r = rendererOf(cy);
  if (!isEdgeDrawer(r)) return null;
  const drawEdge = r.drawEdge;
  const drawCachedElement = r.drawCachedElement;
  let places = new Map<string, number>();
  let span = 0;
  let shown = 0;
  let keep = Infinity;
  let kept = 1;
  // The zoom the cut was last worked out for; NaN when what it depends on has changed.
  let keptFor = NaN;

  const measure = () => {
    const edges = cy.edges();
    const order = edgeKeepOrder(
      edges.map((e) => {
        const source: unknown = e.data('source');
        const target: unknown = e.data('target');
        return { id: e.id(), source: String(source), target: String(target) };
      }),
    );
    places = new Map();
    edges.forEach((e, i) => {
      places.set(e.id(), order[i]!);
    });
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    cy.nodes().forEach((n) => {
      const { x, y } = n.position();
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x);
      y2 = Math.max(y2, y);
    });
    span = x2 > x1 && y2 > y1 ? (x2 - x1) * (y2 - y1) : 0;
    keptFor = NaN;
  };
  // The share follows the level Cytoscape caches its layers by (powers of two of the zoom), so
  // a layer drawn once is right whenever it is used again. Asked for every edge of every frame,
  // so worked out again only when the zoom or what the cut depends on has changed.
  const cutoff = () => {
    const at = cy.zoom();
    if (at !== keptFor) {
      keptFor = at;
      kept = keptShare(shown, span, 2 ** Math.ceil(Math.log2(at)));
      keep = kept >= 1 ? Infinity : Math.ceil(kept * places.size);
    }
    return keep;
  };
  // An edge made after the order was (a link just drawn) is always drawn.
  const thinned = (edge: { id(): string }) => (places.get(edge.id()) ?? -1) >= cutoff();

  r.drawEdge = function (context, edge, ...rest) {
    if (thinned(edge)) return;
    drawEdge.call(this, context, edge, ...rest);
  };
  r.drawCachedElement = function (context, ele, ...rest) {
    if (ele.isEdge() && thinned(ele)) return;
    drawCachedElement.call(this, context, ele, ...rest);
  };

  // Layers drawn with the order before would keep edges it no longer keeps.
  const redraw = () => {
    r.data?.lyrTxrCache?.invalidateElements?.(cy.edges());
    cy.forceRender();
  };
  // Ordered when the page has a moment (a tenth of a second at 80,000 edges), not in the
  // frame that draws a new graph; until then every edge is drawn.
  let pending: (() => void) | null = null;
  const remeasure = () => {
    if (pending) return;
    pending = whenIdle(() => {
      pending = null;
      if (cy.destroyed()) return;
      const before = cutoff();
      measure();
      // Where every edge was drawn and still is, no layer holds a thinned picture.
      if (before !== Infinity || cutoff() !== Infinity) redraw();
    });
  };
  remeasure();
  cy.on('add remove layoutstop', remeasure);
  cy.on('dragfree', 'node', remeasure);

  return {
    setShownEdges(count) {
      if (count === shown) return;
      const before = cutoff();
      shown = count;
      keptFor = NaN;
      // A filter that leaves the cut where it was is redrawn by Cytoscape as any filter is:
      // invalidating every edge's layers on top of that is work for nothing on a big graph.
      if (cutoff() !== before) redraw();
    },
    share: () => {
      cutoff();
      return kept;
    },
    destroy() {
      pending?.();
      cy.off('add remove layoutstop', remeasure);
      cy.off('dragfree', 'node', remeasure);
      if (!cy.destroyed()) {
        r.drawEdge = drawEdge;
        r.drawCachedElement = drawCachedElement;
      }
    },
  };
}
