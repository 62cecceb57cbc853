import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Waits until the canvas has drawn its nodes and says its layout is idle (the
 * `data-layout` attribute the canvas sets from Cytoscape's layoutstart and layoutstop), and no
 * camera animation is moving the picture.
 */
export async function waitForCanvas(page: Page): Promise<void> {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && !window.cy?.animated());
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
}

/**
 * Clicks a node where it is drawn now, with the real mouse. The node is located once the
 * layout is idle, and the pointer is checked to be over that node (the canvas marks the
 * hovered element) before the click, so a click can never land on a neighbour.
 */
export async function clickNode(page: Page, id: string): Promise<void> {
  await waitForCanvas(page);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('canvas has no box');
  const pos = await page.evaluate(
    (nodeId) => window.cy!.getElementById(nodeId).renderedPosition(),
    id,
  );
  await page.mouse.move(box.x + 2, box.y + 2);
  await page.mouse.move(box.x + pos.x, box.y + pos.y);
  await expect
    .poll(() => page.evaluate(() => window.cy!.$('node.hover').map((n) => n.id())))
    .toEqual([id]);
  await page.mouse.down();
  await page.mouse.up();
}

/** Runs axe-core on the page; returns serious and critical violations as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the test driver: the page's CSP (rightly) refuses an inline <script>.
  await page.evaluate(`${axeSource}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(' ')}`);
}
