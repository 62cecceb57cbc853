import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Waits until the canvas has drawn its nodes and says its layout is idle (the
 * `data-layout` attribute the canvas sets from Cytoscape's layoutstart and layoutstop), no
 * camera animation is moving the picture, the camera's frame is recorded, and the keys and
 * gestures (fetched after the first picture) have arrived.
 */
export async function waitForCanvas(page: Page): Promise<void> {
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && !window.cy?.animated());
  await expect(canvas).toHaveAttribute('data-layout', 'idle');
  // The camera's frame is recorded (in the link) once it has stopped moving.
  await expect(canvas).toHaveAttribute('data-camera', 'still');
  await expect(canvas).toHaveAttribute('data-hands', 'ready');
}

/**
 * Clicks a node where it is drawn now, with the real mouse. The node is located once the
 * layout is idle, and the pointer is checked to be over that node (the canvas marks the
 * hovered element) before the click, so a click can never land on a neighbour.
 */
export async function clickNode(page: Page, id: string): Promise<void> {
  await waitForCanvas(page);
  // The node's place on the page, read in one go: the canvas can still move as panels open.
  // A node can lie under something drawn over the canvas (the legend): a user would pan it
  // into the open first, and so does this.
  const locate = () =>
    page.evaluate((nodeId) => {
      const cy = window.cy!;
      const container = cy.container()!;
      const node = cy.getElementById(nodeId);
      const place = () => {
        const box = container.getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y, corner: { x: box.left + 2, y: box.top + 2 } };
      };
      const at = place();
      const top = document.elementFromPoint(at.x, at.y);
      if (top && container.contains(top)) return at;
      // Into the middle of the part of the canvas that is on screen.
      const box = container.getBoundingClientRect();
      const drawn = node.renderedPosition();
      const visibleBottom = Math.min(box.bottom, window.innerHeight);
      const visibleRight = Math.min(box.right, window.innerWidth);
      cy.panBy({
        x: (visibleRight - box.left) / 2 - drawn.x,
        y: (visibleBottom - box.top) / 2 - drawn.y,
      });
      return place();
    }, id);
  const hovered = () => page.evaluate(() => window.cyLayer!.$('node.hover').map((n) => n.id()));
  // Located afresh on each try, since the canvas can still resize as panels open; each try
  // waits for a real signal, the canvas marking the element under the pointer.
  for (let attempt = 1; ; attempt++) {
    const at = await locate();
    // From a corner first: a pointer already resting there would raise no new hover.
    await page.mouse.move(at.corner.x, at.corner.y);
    await page.mouse.move(at.x, at.y);
    try {
      await expect.poll(hovered, { timeout: 3000 }).toEqual([id]);
    } catch (error) {
      if (attempt < 3) continue;
      throw error;
    }
    await page.mouse.down();
    await page.mouse.up();
    // A choice is brought into view: the camera may glide, and the link records where it rests.
    await page.waitForFunction(() => !window.cy?.animated());
    await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-camera', 'still');
    return;
  }
}

/** Where a node is drawn now, in page coordinates (read from the canvas, never guessed). */
export const placeOf = (page: Page, id: string) =>
  page.evaluate((nodeId) => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.getElementById(nodeId).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);

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

/**
 * Fails every test of the file on a page error or a console error: registers the hooks on the
 * test object it is given, so each file keeps its own.
 */
export function failOnPageErrors(t: typeof import('@playwright/test').test): void {
  const pageErrors = new WeakMap<Page, string[]>();
  t.beforeEach(({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    pageErrors.set(page, errors);
  });
  t.afterEach(({ page }) => {
    expect(pageErrors.get(page)).toEqual([]);
  });
}

/** Opens the made-up dated map (tests/fixtures/dated/) through the file picker, in any language. */
export async function openDatedMap(page: Page): Promise<void> {
  await loadFiles(page, [
    fileURLToPath(new URL('../fixtures/dated/riverside.graph.json', import.meta.url)),
  ]);
  await expect(page.locator('.app-header')).toContainText('riverside.graph.json');
  await waitForCanvas(page);
}

/** Opens files from tests/fixtures/real/ through the file picker, as a user would. */
export async function openRealFile(page: Page, name: string): Promise<void> {
  await loadFiles(page, [fileURLToPath(new URL(`../fixtures/real/${name}`, import.meta.url))]);
}

/**
 * Opens files through "Open data…" and its file chooser, in either language, and returns once
 * they have loaded: until then the canvas still says it is at rest on the graph before.
 */
export async function loadFiles(page: Page, paths: readonly string[]): Promise<void> {
  const canvas = page.getByTestId('graph-canvas');
  const before = (await canvas.getAttribute('data-graph')) ?? '';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Open data…|डेटा खोलें…)$/ }).click();
  await (await chooser).setFiles([...paths]);
  await expect(canvas).not.toHaveAttribute('data-graph', before);
}

/** A page on a phone: 390×844, touch, a mobile browser, opened on `path` and drawn. */
export async function phonePage(browser: Browser, path: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(path);
  await waitForCanvas(page);
  return { context, page };
}
