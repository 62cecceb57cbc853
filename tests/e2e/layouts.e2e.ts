import { expect, test, type Page } from '@playwright/test';
import { clickNode, failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

/** Chooses a layout as a user does, and waits for the picture to settle. */
async function choose(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: name });
  await waitForCanvas(page);
}

/** Where nodes are on the drawing (model units), by id. */
function places(page: Page, ids: readonly string[]) {
  return page.evaluate(
    (list) => Object.fromEntries(list.map((id) => [id, window.cy!.getElementById(id).position()])),
    ids,
  );
}

test('tiers stack government, organisations, people, meetings and topics, or any grouping', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await choose(page, 'Tiers');
  // Read as the picture stands once settled: top to bottom, one tier after another.
  const ids = ['gov-jharkhand', 'jica', 'arva-rajkamal', 'meeting-nec', 't-it'];
  const ys = async (list: string[]) => Object.values(await places(page, list)).map((q) => q.y);
  const stacked = async () => {
    const y = await ys(ids);
    return y.every((v, i) => i === 0 || (y[i - 1] ?? Infinity) < v);
  };
  await expect.poll(stacked).toBe(true);
  // The three meetings share a tier, one row.
  expect(new Set(await ys(['meeting-jica', 'meeting-jetro', 'meeting-nec'])).size).toBe(1);

  await page.getByRole('combobox', { name: 'Tiers by' }).selectOption('sector');
  await waitForCanvas(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('tiers')).toBe('sector');
  // Health and digital are different sectors, so different tiers.
  await expect.poll(async () => new Set(await ys(['t-health-services', 't-it'])).size).toBe(2);
});

test('rings put the most connected node in the middle, and follow the chosen measure', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await choose(page, 'Rings by a measure');
  const radius = (q: { x: number; y: number }) => Math.hypot(q.x, q.y);
  const p = await places(page, ['gov-jharkhand', 'meeting-nec', 't-it']);
  expect(radius(p['gov-jharkhand']!)).toBe(0);
  expect(radius(p['meeting-nec']!)).toBeLessThan(radius(p['t-it']!));
  // Metrics are computed in a worker; the rings are drawn again when they arrive.
  await expect(page.locator('.side')).toHaveAttribute('data-metrics', 'done');
  await page.getByRole('combobox', { name: 'Rings by' }).selectOption('metric:betweenness');
  await waitForCanvas(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('rings')).toBe('metric:betweenness');
  const top = await page.evaluate(() => {
    const at = window.cy!.nodes().filter((n) => n.position('x') === 0 && n.position('y') === 0);
    return at.map((n) => n.id());
  });
  expect(top).toHaveLength(1);
  // The side panel's brokers list is ranked by betweenness: its first is the middle.
  await page.getByRole('tab', { name: 'Insights' }).click();
  const first = page
    .getByRole('region', { name: 'Who brokers access' })
    .getByRole('listitem')
    .first();
  await expect(first.getByRole('button').first()).toHaveText(
    (await page.evaluate((id) => window.cy!.getElementById(id).data('en') as string, top[0]!)) ??
      '',
  );
});

test('the circle turns its labels outwards and the grid sorts by type', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await choose(page, 'Circle');
  const turned = await page.evaluate(() =>
    window.cy!.nodes().map((n) => Number.parseFloat(String(n.style('text-rotation')))),
  );
  // Every label along its radius: few are level, and none upside down.
  expect(turned.filter((a) => a !== 0).length).toBeGreaterThan(30);
  expect(turned.every((a) => a > -Math.PI / 2 - 1e-6 && a < Math.PI / 2 + 1e-6)).toBe(true);

  await choose(page, 'Grid by type');
  const restored = await page.evaluate(() =>
    window
      .cy!.nodes()
      .every((n) => (Number.parseFloat(String(n.style('text-rotation'))) || 0) === 0),
  );
  expect(restored).toBe(true);
  const p = await places(page, ['gov-jharkhand', 'jica', 'ryohei-aiba', 'meeting-jica', 't-it']);
  expect(p['gov-jharkhand']!.y).toBeLessThan(p['jica']!.y);
  expect(p['jica']!.y).toBeLessThan(p['ryohei-aiba']!.y);
  expect(p['ryohei-aiba']!.y).toBeLessThan(p['meeting-jica']!.y);
  expect(p['meeting-jica']!.y).toBeLessThan(p['t-it']!.y);
});

test('switching layouts keeps the selection in view, framed with its neighbours', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await clickNode(page, 'ryohei-aiba');
  for (const layout of [
    'Tiers',
    'Rings by a measure',
    'Circle',
    'Grid by type',
    'Force-directed',
  ]) {
    await choose(page, layout);
    const framed = await page.evaluate(() => {
      const cy = window.cy!;
      const ext = cy.extent();
      const near = cy.getElementById('ryohei-aiba').closedNeighborhood().nodes();
      const box = near.boundingBox({ includeLabels: false });
      return {
        inView: near.map((n) => {
          const { x, y } = n.position();
          return x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
        }),
        // How far the neighbourhood's middle is from the view's, as a share of the view.
        off: Math.max(
          Math.abs((box.x1 + box.x2) / 2 - (ext.x1 + ext.x2) / 2) / ext.w,
          Math.abs((box.y1 + box.y2) / 2 - (ext.y1 + ext.y2) / 2) / ext.h,
        ),
      };
    });
    expect(framed.inView, layout).toEqual([true, true, true]);
    // Framed, not merely somewhere in a view of the whole.
    expect(framed.off, layout).toBeLessThan(0.1);
  }
  await expect(page.locator('#side-panel h3')).toHaveText('Ryohei Aiba');
});

test('a link to rings by betweenness draws them again once the metrics arrive', async ({
  page,
}) => {
  const everywhere = () =>
    // Nothing while the canvas is still loading after the reload.
    page.evaluate(() => window.cy?.nodes().map((n) => [n.id(), n.position()] as const) ?? []);
  await page.goto('/?layout=concentric&rings=metric:betweenness');
  await expect(page.getByRole('combobox', { name: 'Rings by' })).toHaveValue('metric:betweenness');
  await expect(page.locator('.side')).toHaveAttribute('data-metrics', 'done');
  await waitForCanvas(page);
  // The rings as drawn when betweenness is chosen with the metrics at hand: degree and back.
  const rings = page.getByRole('combobox', { name: 'Rings by' });
  // Each choice moves nodes: waited for, so the wait for the canvas is not over before it starts.
  const byBetweenness = await everywhere();
  await rings.selectOption('metric:degree');
  await expect.poll(everywhere).not.toEqual(byBetweenness);
  await waitForCanvas(page);
  const byDegree = await everywhere();
  await rings.selectOption('metric:betweenness');
  await expect.poll(everywhere).not.toEqual(byDegree);
  await waitForCanvas(page);
  const reference = await everywhere();
  await page.reload();
  await expect(page.locator('.side')).toHaveAttribute('data-metrics', 'done');
  // Drawn by degree while the metrics are computed, then by betweenness.
  await expect.poll(everywhere).toEqual(reference);
});
