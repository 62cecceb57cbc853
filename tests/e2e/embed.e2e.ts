import { expect, test, type Frame, type Page } from '@playwright/test';
import { failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1000, height: 800 } });

/** A publisher's page: a heading, the embed, and enough below it to scroll. */
async function hostPage(page: Page, src: string, size = { width: 640, height: 480 }) {
  await page.setContent(
    `<!doctype html><body style="margin:0"><h1>A news site</h1><div style="height:120px"></div>` +
      `<iframe id="map" src="${src}" width="${size.width}" height="${size.height}" style="border:0"` +
      ` title="Stakeholder map"></iframe><div style="height:3000px"></div></body>`,
  );
  const frame = page.frameLocator('#map');
  await expect(frame.getByTestId('graph-canvas')).toHaveAttribute('data-layout', 'idle');
  const inner = page.frames().find((f) => f.url().includes('embed=1'));
  if (!inner) throw new Error('the embed did not load');
  await inner.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0 && !window.cy?.animated());
  return { frame, inner };
}
const zoomOf = (f: Frame) => f.evaluate(() => window.cy!.zoom());

test('an embed shows only its own controls; the wheel scrolls the host page until it is clicked', async ({
  page,
  baseURL,
}) => {
  const { frame, inner } = await hostPage(page, `${baseURL}/?node=jica&embed=1`);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'Jharkhand and Japanese partners: investment and technology meetings in Delhi',
  );
  await expect(
    frame.getByRole('link', { name: 'Open this view in the full explorer, in a new tab' }),
  ).toBeVisible();
  await expect(frame.getByRole('application')).toBeVisible();
  await expect(frame.locator('details.legend summary')).toHaveText('Legend');
  // Nothing of the explorer around it: no header actions, search, lists, panels or editing.
  await expect(frame.getByRole('button')).toHaveCount(0);
  await expect(frame.getByRole('textbox')).toHaveCount(0);
  await expect(frame.getByRole('tablist')).toHaveCount(0);
  await expect(frame.getByRole('checkbox')).toHaveCount(0);

  const box = (await page.locator('#map').boundingBox())!;
  const over = { x: box.x + box.width / 2, y: box.y + 80 };
  const zoom = await zoomOf(inner);
  await page.mouse.move(over.x, over.y);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(200);
  expect(await zoomOf(inner)).toBe(zoom);

  // Taken up with a click, the wheel zooms the map and the page stays.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(frame.getByText('Click the map to zoom it with the wheel')).toBeVisible();
  await page.mouse.click(box.x + 8, box.y + 60);
  await expect(frame.getByText('Click the map to zoom it with the wheel')).toHaveCount(0);
  await page.mouse.move(over.x, over.y);
  await page.mouse.wheel(0, -200);
  await expect.poll(() => zoomOf(inner)).toBeGreaterThan(zoom);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('“Open in the full explorer” opens the view the embed shows', async ({ page, baseURL }) => {
  const { frame } = await hostPage(page, `${baseURL}/?node=jica&sectors=health&embed=1`);
  const [full] = await Promise.all([
    page.context().waitForEvent('page'),
    frame.getByRole('link', { name: /full explorer/ }).click(),
  ]);
  await waitForCanvas(full);
  const url = new URL(full.url());
  expect(url.searchParams.get('embed')).toBeNull();
  expect(url.searchParams.get('node')).toBe('jica');
  expect(url.searchParams.get('sectors')).toBe('health');
  await expect(full.locator('#side-panel h3').first()).toHaveText(
    'Japan International Cooperation Agency (JICA)',
  );
  await expect(full.getByRole('heading', { level: 1 })).toHaveText('Stakeholder Graph Explorer');
});

test('an embed of a story at 300 × 300 in Hindi plays it, and leaves the host’s history alone', async ({
  page,
  baseURL,
}) => {
  const { frame } = await hostPage(
    page,
    `${baseURL}/?story=delhi-meetings&step=1&lang=hi&embed=1`,
    {
      width: 300,
      height: 300,
    },
  );
  const player = frame.getByRole('region', { name: /^कहानी: / });
  await expect(player).toContainText('चरण 1 / 6');
  const length = await page.evaluate(() => window.history.length);
  await player.getByRole('button', { name: /अगला/ }).click();
  await expect(player).toContainText('चरण 2 / 6');
  await player.getByRole('button', { name: /अगला/ }).click();
  await expect(player).toContainText('चरण 3 / 6');
  expect(await page.evaluate(() => window.history.length)).toBe(length);
  await expect(
    frame.getByRole('link', { name: 'यह दृश्य पूरे एक्सप्लोरर में, नए टैब में खोलें' }),
  ).toBeVisible();
});

test('the Embed dialog gives the snippet and link, for this view or a story', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?node=jica');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map in a page' });
  const link = dialog.getByLabel('Embed link');
  await expect(link).toHaveValue(/\?node=jica&lang=en&embed=1$/);
  await expect(dialog.getByLabel('HTML to paste into your page')).toHaveValue(
    /^<iframe src="[^"]*\?node=jica&amp;lang=en&amp;embed=1" title="Jharkhand and Japanese partners: investment and technology meetings in Delhi" width="100%" height="480"/,
  );
  // Everything in it is inside it: its notes wrap (it opens from the header's one-line row).
  const inside = () =>
    dialog.evaluate((d) => {
      const box = d.getBoundingClientRect();
      // A closed select's options have no box of their own to check.
      const out = [...d.querySelectorAll(':not(option)')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < box.left || r.right > box.right;
      });
      return { wider: d.scrollWidth > d.clientWidth, out: out.map((e) => e.tagName) };
    });
  expect(await inside()).toEqual({ wider: false, out: [] });
  await expect(dialog.getByText(/^The embed is read-only/)).toBeVisible();
  await dialog
    .getByLabel('It starts on')
    .selectOption({ label: 'the story “Jharkhand meets its Japanese partners in Delhi”' });
  expect(await inside()).toEqual({ wider: false, out: [] });
  await expect(link).toHaveValue(/\?story=delhi-meetings&step=1&lang=en&embed=1$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();
});
