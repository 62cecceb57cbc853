import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, phonePage, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

const STORY = 'Story: Jharkhand meets its Japanese partners in Delhi';
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const counts = (page: Page) => page.locator('.counts').first();

test('the shipped story plays from the keyboard, each step restoring its view', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('tab', { name: 'Stories' }).click();
  await page
    .getByRole('button', { name: 'Play “Jharkhand meets its Japanese partners in Delhi”' })
    .click();
  const player = page.getByRole('region', { name: STORY });
  await expect(player).toBeFocused();
  await expect(player).toContainText('Step 1 of 6');
  await expect(player.getByRole('heading')).toHaveText("The Chief Minister's direction");
  // What a screen reader hears as each step comes: its title and caption, in a live region.
  await expect(player.locator('[aria-live="polite"]')).toContainText(
    'At the direction of Chief Minister Hemant Soren',
  );
  await expect(player.locator('blockquote')).toHaveText(
    'मुख्यमंत्री हेमंत सोरेन के निर्देशानुसार झारखंड में औद्योगिक विकास, निवेश संवर्धन और डिजिटल परिवर्तन को गति देने की दिशा में राज्य सरकार ने एक महत्वपूर्ण कदम उठाया है.',
  );
  expect(param(page, 'story')).toBe('delhi-meetings');
  expect(param(page, 'node')).toBe('hemant-soren');
  await expect(page.locator('.story-steps li[aria-current="step"]')).toHaveText(
    "The Chief Minister's direction",
  );

  await page.keyboard.press('ArrowRight');
  await expect(player).toContainText('Step 2 of 6');
  await expect.poll(() => param(page, 'node')).toBe('arva-rajkamal');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(player).toContainText('Step 6 of 6');
  await expect(player.getByRole('button', { name: /Next/ })).toBeDisabled();
  // The last step hides topics, places and the report: 18 of the 41 nodes stay.
  await expect(counts(page)).toHaveText('18 of 41 nodes · 28 of 59 edges');
  expect(param(page, 'node')).toBeNull();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes(':visible').length)).toBe(18);

  await page.keyboard.press('ArrowLeft');
  await expect(player).toContainText('Step 5 of 6');
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  await expect.poll(() => param(page, 'node')).toBe('meeting-nec');
  await expect(page.locator('.story-steps li[aria-current="step"]')).toHaveText(
    'NEC: digital transformation',
  );

  // A quote of the caption opens the article on its passage.
  await player.getByRole('button', { name: /^Show in source: “NEC कॉर्पोरेशन/ }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.source-text mark[data-current]').first()).toBeVisible();

  await player.focus();
  await page.keyboard.press('Escape');
  await expect(player).toHaveCount(0);
  await expect.poll(() => param(page, 'story')).toBeNull();
});

test('a link to step 3 opens step 3; Back goes to the step before', async ({ page }) => {
  await page.goto('/?story=delhi-meetings&step=3');
  await waitForCanvas(page);
  const player = page.getByRole('region', { name: STORY });
  await expect(player).toContainText('Step 3 of 6');
  await expect(player.getByRole('heading')).toHaveText('JICA: a strategic partnership');
  await expect(page.locator('#side-panel h3').first()).toHaveText('Meeting with JICA');
  await player.getByRole('button', { name: /Next/ }).click();
  await expect(player).toContainText('Step 4 of 6');
  await page.goBack();
  await expect(player).toContainText('Step 3 of 6');
  expect(param(page, 'node')).toBe('meeting-jica');
});

/** A finger drawn across the player, through Chromium's own touch input. */
async function swipe(page: Page, dx: number) {
  const box = await page.locator('.story-player .story-body').boundingBox();
  if (!box) throw new Error('the player is not shown');
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2 - dx / 2;
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number | null) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: at === null ? [] : [{ x: at, y }],
    });
  await touch('touchStart', x);
  for (let i = 1; i <= 5; i++) await touch('touchMove', x + (dx * i) / 5);
  await touch('touchEnd', null);
}

test('on a phone, swipes move between steps', async ({ browser }) => {
  const { context, page } = await phonePage(browser, '/?story=delhi-meetings&step=3&lang=hi');
  const player = page.getByRole('region', { name: /^कहानी: / });
  await expect(player).toContainText('चरण 3 / 6');
  await expect(player).toBeInViewport();
  await swipe(page, -160);
  await expect(player).toContainText('चरण 4 / 6');
  await expect.poll(() => param(page, 'node')).toBe('meeting-jetro');
  await swipe(page, 160);
  await expect(player).toContainText('चरण 3 / 6');
  // A short or mostly vertical drag is no swipe.
  await swipe(page, 30);
  await expect(player).toContainText('चरण 3 / 6');
  await context.close();
});

test('on a phone, a step is framed above its caption, and the whole canvas once it closes', async ({
  browser,
}) => {
  const { context, page } = await phonePage(browser, '/?story=delhi-meetings&step=6');
  const player = page.getByRole('region', { name: STORY });
  await expect(player).toContainText('Step 6 of 6');
  /** Where the shown graph ends on the page, and where the caption begins (or the canvas ends). */
  const edges = () =>
    page.evaluate(() => {
      const cy = window.cy!;
      const canvas = cy.container()!.getBoundingClientRect();
      const caption = document.querySelector('.story-player')?.getBoundingClientRect();
      return {
        graph: canvas.top + cy.elements(':visible').renderedBoundingBox().y2,
        limit: caption ? caption.top : canvas.bottom,
      };
    });
  await waitForCanvas(page);
  await expect
    .poll(async () => {
      const at = await edges();
      return at.graph <= at.limit;
    })
    .toBe(true);
  const framed = await edges();
  await player.getByRole('button', { name: 'Close the story' }).click();
  await expect(player).toHaveCount(0);
  await waitForCanvas(page);
  // Fitted again to the whole canvas: the graph now reaches below where the caption began.
  await expect.poll(async () => (await edges()).graph).toBeGreaterThan(framed.limit);
  expect(new URL(page.url()).searchParams.get('view')).toBeNull();
  await context.close();
});

test('make a story: add the view shown as a step, undo and redo it, and play it back exactly', async ({
  page,
}) => {
  await page.goto('/?node=jica');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('tab', { name: 'Stories' }).click();
  const panel = page.locator('#side-panel');
  await panel.getByLabel('Title in English').fill('JICA alone');
  await panel.getByRole('button', { name: 'Create the story' }).click();
  await expect(panel.getByRole('heading', { name: 'JICA alone' })).toBeVisible();

  // The view: topics hidden, JICA selected, the camera zoomed in.
  await page
    .locator('.filters')
    .getByRole('checkbox', { name: /^Topic/ })
    .uncheck();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await waitForCanvas(page);
  const zoom = await page.evaluate(() => window.cy!.zoom());
  await panel.getByLabel('Step title in English').fill('Who JICA met');
  await panel.getByLabel('Caption in English (optional)').fill('JICA and the people it met.');
  // The same sentence is evidence of three of JICA's relationships: each can be chosen.
  await panel
    .getByRole('checkbox', { name: /^“प्रतिनिधिमंडल ने जापान/ })
    .first()
    .check();
  await panel.getByRole('button', { name: 'Add this view as a step' }).click();
  const steps = panel.locator('.story-steps li');
  await expect(steps).toHaveCount(1);
  await expect(page.getByTestId('edit-said')).toHaveText(
    'Done: add step 1, “Who JICA met”, to “JICA alone”.',
  );

  await page.getByRole('button', { name: /^Undo: add step 1/ }).click();
  await expect(steps).toHaveCount(0);
  await page.getByRole('button', { name: /^Redo: add step 1/ }).click();
  await expect(steps).toHaveCount(1);

  // Another view, then the step: everything it kept comes back.
  await page.getByRole('button', { name: 'Reset view' }).click();
  await waitForCanvas(page);
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  await panel.getByRole('button', { name: 'Show step 1: Who JICA met' }).click();
  const player = page.getByRole('region', { name: 'Story: JICA alone' });
  await expect(player.locator('blockquote')).toHaveCount(1);
  await expect(counts(page)).toHaveText('22 of 41 nodes · 37 of 59 edges');
  expect(param(page, 'node')).toBe('jica');
  await waitForCanvas(page);
  expect(await page.evaluate(() => window.cy!.zoom())).toBeCloseTo(zoom, 3);
});
