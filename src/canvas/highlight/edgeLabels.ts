import type { Collection, Core, SingularElementReturnValue } from 'cytoscape';
import { overlaps, type Box } from '../../graph/labelBox';

/** Up and down from the edge's middle, in model units (a line of 12 px text and its padding). */
const SHIFTS = [0, -16, 16, -32, 32, -48, 48];
/** Edges beyond this many are not spread (each is measured against every other). */
const MAX_SPREAD = 150;

const shifted = (b: Box, dy: number): Box => ({ x1: b.x1, x2: b.x2, y1: b.y1 + dy, y2: b.y2 + dy });

/**
 * Places the labels of a selection's edges so that no two cover each other: each label, in
 * turn, takes the first place up or down from its edge's middle that is clear of the labels
 * already placed, preferring one clear of the nodes too; a label with no clear place is not
 * drawn (the details list every relation). Out: the edges it moved or hid, to undo with
 * {@link unspreadEdgeLabels}.
 */
export function spreadEdgeLabels(cy: Core, edges: Collection, nodes: Collection): Collection {
  const touched = cy.collection();
  if (edges.length < 2 || edges.length > MAX_SPREAD) return touched;
  const nodeBoxes: Box[] = nodes.map((n) => n.boundingBox({ includeLabels: true }));
  const placed: Box[] = [];
  const moves: [SingularElementReturnValue, number][] = [];
  const hide = cy.collection();
  // Measured first, changed after in one batch: a change between measurements would restyle.
  edges.forEach((edge) => {
    const base = edge.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
    });
    if (base.w === 0) return;
    let best: { dy: number; onNodes: number } | null = null;
    for (const dy of SHIFTS) {
      const box = shifted(base, dy);
      if (placed.some((p) => overlaps(p, box))) continue;
      const onNodes = nodeBoxes.filter((n) => overlaps(n, box)).length;
      if (!best || onNodes < best.onNodes) best = { dy, onNodes };
      if (onNodes === 0) break;
    }
    if (!best) {
      hide.merge(edge);
      return;
    }
    placed.push(shifted(base, best.dy));
    if (best.dy !== 0) moves.push([edge, best.dy]);
  });
  cy.batch(() => {
    hide.addClass('label-hidden');
    for (const [edge, dy] of moves) edge.style('text-margin-y', dy);
  });
  touched.merge(hide);
  for (const [edge] of moves) touched.merge(edge);
  return touched;
}

/** Puts labels moved or hidden by {@link spreadEdgeLabels} back as the stylesheet draws them. */
export function unspreadEdgeLabels(edges: Collection): void {
  edges.removeClass('label-hidden');
  edges.removeStyle('text-margin-y');
}
