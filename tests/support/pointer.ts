import { screen } from '@testing-library/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canvasAtRest } from './renderApp';

/** The ids of the elements the canvas marks as under the pointer (on its highlight layer). */
export const hovered = () => window.cyLayer!.$('.hover').map((el) => el.id());

/**
 * Rests the pointer on a node where it is drawn once the layout is idle, and waits until the
 * canvas says the pointer is over that node and no other. Out: the point, in the canvas's
 * pixels.
 */
export async function pointAtNode(id: string): Promise<{ x: number; y: number }> {
  const cy = await canvasAtRest();
  const canvas = screen.getByTestId('graph-canvas');
  const node = cy.getElementById(id);
  // A node can lie under something drawn over the canvas (the legend) or below the fold: a
  // user would pan it into the open first, and so does this.
  const box = canvas.getBoundingClientRect();
  const drawn = node.renderedPosition();
  const top = document.elementFromPoint(box.left + drawn.x, box.top + drawn.y);
  if (!top || !canvas.contains(top)) {
    // Into the middle of the part of the canvas that is on screen.
    // The page may be scrolled, so the canvas's top can be above the window's.
    const [top, left] = [Math.max(box.top, 0), Math.max(box.left, 0)];
    const [bottom, right] = [
      Math.min(box.bottom, window.innerHeight),
      Math.min(box.right, window.innerWidth),
    ];
    const target = { x: (left + right) / 2 - box.left, y: (top + bottom) / 2 - box.top };
    cy.panBy({ x: target.x - drawn.x, y: target.y - drawn.y });
  }
  // A little off the exact centre, as a hand clicks: Cytoscape's point-in-polygon test misses
  // points exactly level with a diamond's side corners.
  const at = { x: node.renderedPosition().x + 2, y: node.renderedPosition().y + 3 };
  // From a corner first: a pointer already resting on the node would raise no new hover.
  await userEvent.hover(canvas, { position: { x: 1, y: 1 } });
  // A copy: the provider scales the point it is given to the tester's frame, in place.
  await userEvent.hover(canvas, { position: { ...at } });
  await expect.poll(hovered, { timeout: 5000 }).toEqual([id]);
  return at;
}

/** Clicks a node where it is drawn, once the pointer is over that node and no other. */
export async function clickNodeOnCanvas(id: string): Promise<void> {
  const at = await pointAtNode(id);
  await userEvent.click(screen.getByTestId('graph-canvas'), { position: at });
}
