import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { failOnPageErrors, phonePage, seriousViolations, waitForCanvas } from './helpers';

failOnPageErrors(test);

const SIZES = [
  { name: 'phone', width: 390, height: 844, target: 44, header: 56 },
  { name: 'tablet', width: 768, height: 1024, target: 44, header: 56 },
  // WCAG 2.5.8's minimum where a mouse points.
  { name: 'desktop', width: 1440, height: 900, target: 24, header: 90 },
] as const;

/**
 * Every control on screen that a tap or click cannot reach where it is drawn (something else
 * lies on top), or that is smaller than `min` CSS pixels either way. A checkbox is reached by
 * its label; controls in a scrolled region are scrolled into view first, as a user would.
 */
async function unreachable(page: Page, min: number, within = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ min, within }) => {
      const problems: string[] = [];
      const controls = document
        .querySelector(within)!
        .querySelectorAll<HTMLElement>('button, select, input, a[href], summary, [tabindex="0"]');
      for (const el of controls) {
        // Skip links show only while focused; hidden inputs and closed regions are not drawn.
        // A closed menu's items are laid out but not drawn (content-visibility), so ask the browser.
        if (el.closest('.skip-links') || !el.checkVisibility({ visibilityProperty: true }))
          continue;
        const target =
          el instanceof HTMLInputElement && el.type === 'checkbox'
            ? (el.closest('label') ?? el)
            : el;
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = target.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !target.contains(hit))
          problems.push(
            `${name} is covered by ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`,
          );
        if (r.width < min - 0.5 || r.height < min - 0.5)
          problems.push(`${name} is ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return problems;
    },
    { min, within },
  );
}

/** What a user sees of the page's frame: overflow, the header, the canvas. */
function frame(page: Page) {
  return page.evaluate(() => {
    const canvas = document.getElementById('graph')!.getBoundingClientRect();
    return {
      overflowX: document.documentElement.scrollWidth - window.innerWidth,
      overflowY: document.documentElement.scrollHeight - window.innerHeight,
      header: document.querySelector('.app-header')!.getBoundingClientRect().height,
      canvas: {
        top: canvas.top,
        bottom: canvas.bottom,
        height: canvas.height,
        width: canvas.width,
      },
    };
  });
}

for (const size of SIZES)
  for (const lang of ['en', 'hi'] as const)
    test(`${size.name} ${size.width}×${size.height}, ${lang}: one screen, graph first, every control reachable`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto(`/?lang=${lang}`);
      await waitForCanvas(page);
      const shot = (name: string) =>
        page.screenshot({ path: testInfo.outputPath(`${size.name}-${lang}-${name}.png`) });
      await shot('open');
      const f = await frame(page);
      expect(f.overflowX).toBeLessThanOrEqual(0);
      expect(f.overflowY).toBeLessThanOrEqual(0);
      // One line of header on phones and tablets, three at most on a desktop.
      expect(f.header).toBeLessThanOrEqual(size.header);
      // The graph is on the first screen, and on a phone takes most of it.
      expect(f.canvas.top).toBeLessThan(size.height / 4);
      expect(f.canvas.bottom).toBeLessThanOrEqual(size.height);
      if (size.name === 'phone') expect(f.canvas.height).toBeGreaterThan(size.height * 0.55);
      expect(await unreachable(page, size.target)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      // The legend lies beside the drawing, never over it.
      const legend = (await page.locator('.legend').boundingBox())!;
      const canvas = (await page.locator('#graph').boundingBox())!;
      expect(legend.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 0.5);

      if (size.name === 'desktop') {
        // Folding the legend gives the graph its room, and the picture is fitted to it again.
        const zoom = await page.evaluate(() => window.cy!.zoom());
        await page.locator('.legend summary').click();
        await expect
          .poll(async () => (await page.locator('#graph').boundingBox())!.height)
          .toBeGreaterThan(canvas.height);
        await waitForCanvas(page);
        const after = await page.evaluate(() => {
          const cy = window.cy!;
          const ext = cy.extent();
          const box = cy.elements().boundingBox({});
          return {
            zoom: cy.zoom(),
            whole: box.x1 >= ext.x1 && box.x2 <= ext.x2 && box.y1 >= ext.y1 && box.y2 <= ext.y2,
          };
        });
        expect(after.whole).toBe(true);
        expect(after.zoom).toBeGreaterThanOrEqual(zoom);
        return;
      }
      // The menu holds the data, export, language and sharing controls.
      const menu = page.locator('#header-menu-button');
      await menu.click();
      await expect(page.locator('#header-menu')).toBeVisible();
      await shot('menu');
      // The menu lies over the page; what it holds is what must be reachable now.
      expect(await unreachable(page, size.target, '#header-menu')).toEqual([]);
      // The export list opens over its neighbours in the menu.
      await page.locator('#header-menu summary').click();
      expect(await unreachable(page, size.target, '#header-menu .export-items')).toEqual([]);
      // Escape closes the export list first, then the menu.
      await page.keyboard.press('Escape');
      await expect(page.locator('#header-menu .export-items')).toBeHidden();
      await page.keyboard.press('Escape');
      await expect(page.locator('#header-menu')).toBeHidden();
      await expect(menu).toBeFocused();

      // Search, filters and the list open as a sheet; choosing in the list opens the details.
      const explore = page.locator('.sheet-button-explore');
      await explore.click();
      await expect(page.locator('#explore')).toBeVisible();
      await shot('explore');
      // A phone's sheet takes its own room; a tablet's drawer lies over the graph.
      expect(
        await unreachable(page, size.target, size.name === 'phone' ? 'body' : '#explore'),
      ).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await page
        .locator('#node-list')
        .getByRole('button', { name: lang === 'en' ? /^Aditi Puri/ : /^अदिति पुरी/ })
        .click();
      await expect(page.locator('#explore')).toBeHidden();
      await expect(page.locator('#side-panel h3')).toHaveText(
        lang === 'en' ? 'Aditi Puri' : 'अदिति पुरी',
      );
      await expect(page.locator('#side-panel')).toBeInViewport();
      await waitForCanvas(page);
      await shot('details');
      expect((await frame(page)).overflowY).toBeLessThanOrEqual(0);
      expect(await unreachable(page, size.target)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      // The side panel's other pages, where the controls are forms.
      for (const tab of await page.getByRole('tab').all()) {
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        expect(await unreachable(page, size.target, '#side')).toEqual([]);
      }
      await shot('look');
      expect(await seriousViolations(page)).toEqual([]);
    });

test('phone: a bad file is reported where it can be read, and the graph stays', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await waitForCanvas(page);
  const bad = fileURLToPath(new URL('../fixtures/malformed.graph.json', import.meta.url));
  await page.getByTestId('import-input').setInputFiles(bad);
  const report = page.locator('.import-report');
  await expect(report).toBeVisible();
  await expect(report).toBeInViewport({ ratio: 1 });
  expect((await report.boundingBox())!.height).toBeGreaterThan(60);
  await expect(report.getByRole('heading')).toContainText('malformed.graph.json');
  await expect(page.getByTestId('counts')).toHaveText('41 of 41 nodes · 59 of 59 edges');
});

test('phone: a tap opens a node, two fingers zoom', async ({ browser }) => {
  const { context, page } = await phonePage(browser, '/');
  const at = await page.evaluate(() => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.getElementById('meeting-jica').renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, zoom: cy.zoom() };
  });
  await page.touchscreen.tap(at.x, at.y);
  await expect(page.locator('#side-panel h3')).toHaveText('Meeting with JICA');
  await waitForCanvas(page);
  // Two fingers apart: a pinch outwards zooms in.
  const cdp = await context.newCDPSession(page);
  const zoomBefore = await page.evaluate(() => window.cy!.zoom());
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', d: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - d, y: cy, id: 1 },
              { x: cx + d, y: cy, id: 2 },
            ],
    });
  await touch('touchStart', 20);
  for (const d of [30, 45, 60, 80]) await touch('touchMove', d);
  await touch('touchEnd', 80);
  await expect.poll(() => page.evaluate(() => window.cy!.zoom())).toBeGreaterThan(zoomBefore * 1.5);
  await context.close();
});
