import { expect, test, type Page } from '@playwright/test';
import { shippedGraph } from '../graph/shippedGraph';
import {
  clickNode,
  failOnPageErrors,
  openDatedMap,
  phonePage,
  placeOf,
  waitForCanvas,
} from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

/** One step of the grid's scale in model units (src/graph/scatter.ts's GRID_CELL). */
const CELL = 220;
const positionOf = (page: Page, id: string) =>
  page.evaluate((nodeId) => window.cy!.getElementById(nodeId).position(), id);

/** Where a grid value is drawn now, in page coordinates. */
const gridPlace = (page: Page, interest: number, influence: number) =>
  page.evaluate(
    ({ x, y }) => {
      const cy = window.cy!;
      const box = cy.container()!.getBoundingClientRect();
      const pan = cy.pan();
      return { x: box.left + x * cy.zoom() + pan.x, y: box.top + y * cy.zoom() + pan.y };
    },
    { x: (interest - 1) * CELL, y: -(influence - 1) * CELL },
  );

/**
 * Every pair of a plot word (tick, axis title, quadrant, tray title) and a node's label or
 * shape whose boxes meet on screen, as the picture test measures node labels; every two words
 * that meet; and every word not wholly inside the canvas.
 */
function wordOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const box = cy.container()!.getBoundingClientRect();
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const words = [...document.querySelectorAll('[data-testid="plot-axes"] text')].map((t) => {
      const r = t.getBoundingClientRect();
      return {
        key: t.getAttribute('data-word') ?? '',
        box: {
          x1: r.left - box.left,
          y1: r.top - box.top,
          x2: r.right - box.left,
          y2: r.bottom - box.top,
        },
      };
    });
    const out: string[] = [];
    words.forEach((a, i) => {
      const { x1, y1, x2, y2 } = a.box;
      if (x1 < 0 || y1 < 0 || x2 > box.width || y2 > box.height) out.push(`${a.key} outside`);
      for (const b of words.slice(i + 1)) if (meet(a.box, b.box)) out.push(`${a.key} / ${b.key}`);
    });
    cy.nodes()
      .not('.hidden')
      .forEach((n) => {
        const label = n.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        });
        const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
        for (const w of words) {
          if (meet(w.box, label)) out.push(`${w.key} / ${n.id()} label`);
          if (meet(w.box, body)) out.push(`${w.key} / ${n.id()} node`);
        }
      });
    if (words.length < 8) out.push(`only ${words.length} words drawn`);
    return out;
  });
}

test('drag a node into "manage closely": one step of the history, undone, redone, kept over a reload; a second assessment draws its trail', async ({
  page,
}) => {
  // A long walk through the map (two loads, a reload, a form): the limit only catches a hang.
  test.setTimeout(120_000);
  await page.goto('/?layout=powerinterest');
  await waitForCanvas(page);
  const axes = page.getByTestId('plot-axes');
  await expect(axes).toHaveAttribute('data-plot', 'grid');
  await expect(axes.locator('text.quadrant')).toHaveText([
    'Keep satisfied',
    'Manage closely',
    'Monitor',
    'Keep informed',
  ]);
  await expect(axes.locator('[data-word="tray"]')).toHaveText('Not assessed yet');
  const tray = await positionOf(page, 'nec');
  expect(tray.x).toBeGreaterThan(4.5 * CELL);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Editing' })).toBeVisible();
  await waitForCanvas(page);
  const from = await placeOf(page, 'nec');
  const to = await gridPlace(page, 5, 5);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x + 6, to.y - 4, { steps: 6 });
  await page.mouse.up();
  const today = new Date().toISOString().slice(0, 10);
  const undo = page.getByRole('button', { name: /^Undo: / });
  await expect(undo).toHaveAccessibleName(`Undo: assess “NEC Corporation” as of ${today}`);
  // Snapped to the scale: the cell's very centre, the only node there.
  await expect.poll(() => positionOf(page, 'nec')).toEqual({ x: 4 * CELL, y: -4 * CELL });
  await expect(page.locator('.legend')).toContainText('Fill on the grid: stance');
  await clickNode(page, 'nec');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByText('On the grid: Manage closely')).toBeVisible();
  await undo.click();
  await expect.poll(() => positionOf(page, 'nec')).toEqual(tray);
  await expect(details.getByText('Not assessed yet.')).toBeVisible();
  await page.getByRole('button', { name: `Redo: assess “NEC Corporation” as of ${today}` }).click();
  await expect.poll(() => positionOf(page, 'nec')).toEqual({ x: 4 * CELL, y: -4 * CELL });

  // Kept in this browser (the header says so once it is written): a reload opens the edited map
  // on the grid, the assessment there.
  await expect(page.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(() => positionOf(page, 'nec')).toEqual({ x: 4 * CELL, y: -4 * CELL });
  await expect(page.locator('[data-trail="nec"]')).toHaveCount(0);

  // An earlier assessment, recorded in the details: the trail runs from it to today's place.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await clickNode(page, 'nec');
  const form = details.getByRole('form', { name: 'Record an assessment' });
  await form.getByLabel('Date').fill('2024-01');
  await form.getByLabel('Influence (1–5)').selectOption('2');
  await form.getByLabel('Interest (1–5)').selectOption('4');
  await form.getByLabel('Stance').selectOption('neutral');
  await form.getByRole('button', { name: 'Record it' }).click();
  await expect(details.locator('.assessments > li')).toHaveText([
    'January 2024: influence 2, interest 4, neutral',
    `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`))}: influence 5, interest 5, stance unknown`,
  ]);
  const trail = page.locator('[data-trail="nec"] polyline');
  await expect(trail).toHaveCount(1);
  await expect.poll(async () => (await trail.getAttribute('points'))?.split(' ').length).toBe(2);
  // A target, drawn as a ring.
  await form.getByRole('button', { name: 'Set the target' }).click();
  await expect(page.locator('[data-target="nec"]')).toHaveCount(1);
  await expect(details.getByText('Target: influence 2, interest 4')).toBeVisible();
});

for (const lang of ['en', 'hi'] as const)
  test(`the grid's words never lie over a node or its label at fit (${lang}): the shipped map, and a map whose stakeholders are placed`, async ({
    page,
  }) => {
    await page.goto(`/?layout=powerinterest&lang=${lang}`);
    await waitForCanvas(page);
    await expect(page.getByTestId('plot-axes')).toBeVisible();
    expect(await wordOverlaps(page)).toEqual([]);
    await openDatedMap(page);
    await page
      .getByRole('combobox', { name: lang === 'en' ? 'Layout' : 'लेआउट' })
      .selectOption('powerinterest');
    await waitForCanvas(page);
    await expect(page.locator('[data-trail="council"]')).toHaveCount(1);
    await expect(page.locator('[data-target="council"]')).toHaveCount(1);
    expect(await wordOverlaps(page)).toEqual([]);
  });

for (const lang of ['en', 'hi'] as const)
  test(`on a phone, the grid's words stand apart, inside the canvas and off every label (${lang}): the tray's title beside the quadrant names`, async ({
    browser,
  }) => {
    const { context, page } = await phonePage(browser, `/?lang=${lang}`);
    const menu = page.getByRole('button', { name: lang === 'en' ? 'Menu' : 'मेनू' });
    await menu.tap();
    await openDatedMap(page);
    // The file opened, the menu folds away by itself, the focus back on its button.
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(page.locator('#header-menu')).toBeHidden();
    await page
      .getByRole('combobox', { name: lang === 'en' ? 'Layout' : 'लेआउट' })
      .selectOption('powerinterest');
    // The load's report dismissed, as a reader of a phone would, to see the grid; a load with
    // warnings says what it loaded there alone, so no notice is left above the canvas.
    await page
      .getByRole('button', { name: lang === 'en' ? 'Dismiss the report' : 'रिपोर्ट हटाएं' })
      .click();
    await expect(page.locator('.notice')).toHaveCount(0);
    await waitForCanvas(page);
    const axes = page.getByTestId('plot-axes');
    await expect(axes.locator('[data-word="tray"]')).toHaveText(
      lang === 'en' ? 'Not assessed yet' : 'अभी आकलन नहीं हुआ',
    );
    await expect.poll(() => wordOverlaps(page)).toEqual([]);
    await context.close();
  });

test('a scatter of two measures: axes titled in the interface language, nodes placed once the metrics arrive', async ({
  page,
}) => {
  await page.goto('/?layout=scatter');
  await waitForCanvas(page);
  const axes = page.getByTestId('plot-axes');
  await expect(axes).toHaveAttribute('data-plot', 'scatter');
  await expect(axes.locator('[data-word="x-title"]')).toHaveText('Links (degree)');
  await expect(axes.locator('[data-word="y-title"]')).toHaveText('Betweenness');
  // Every node placed (none left in the tray) once degree and betweenness are computed.
  await expect(axes.locator('[data-word="tray"]')).toHaveCount(0);
  await waitForCanvas(page);
  const ticks = (await axes.locator('text.tick[data-word^="x"]').allTextContents()).map(Number);
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
  // The most linked node furthest right: degree counted from the data file itself.
  const degree = new Map<string, number>();
  for (const e of shippedGraph().edges)
    for (const end of new Set([e.source, e.target])) degree.set(end, (degree.get(end) ?? 0) + 1);
  const most = Math.max(...degree.values());
  const xs = await page.evaluate(() =>
    window.cy!.nodes().map((n) => ({ id: n.id(), x: n.position('x') })),
  );
  const rightmost = Math.max(...xs.map((n) => n.x));
  expect(xs.filter((n) => n.x === rightmost).map((n) => degree.get(n.id))).toContain(most);
  await page.getByRole('combobox', { name: 'Up' }).selectOption('metric:pagerank');
  await expect(axes.locator('[data-word="y-title"]')).toHaveText('PageRank');
  expect(new URL(page.url()).searchParams.get('up')).toBe('metric:pagerank');
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(axes.locator('[data-word="x-title"]')).toHaveText('कड़ियाँ (डिग्री)');
  await expect(axes.locator('[data-word="y-title"]')).toHaveText('पेजरैंक');
  // Hindi names take other room: the plot is laid out again, and fitted, before it is measured.
  await waitForCanvas(page);
  expect(await wordOverlaps(page)).toEqual([]);
});
