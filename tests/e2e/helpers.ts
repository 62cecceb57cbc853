import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until the canvas has its nodes and the layout has stopped moving them. */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0);
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() =>
          JSON.stringify(window.cy!.nodes().map((n) => n.renderedPosition())),
        );
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
}

/** Clicks a node where it is drawn on the canvas, with the real mouse. */
export async function clickNode(page: Page, id: string): Promise<void> {
  await waitForCanvas(page);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const pos = await page.evaluate(
    (nodeId) => window.cy!.getElementById(nodeId).renderedPosition(),
    id,
  );
  if (!box) throw new Error('canvas has no box');
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
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
