import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

const current = (page: Page) => page.locator('.source-text mark[data-current]');
/** The highlighted words of the current passage, as one string. */
const currentText = (page: Page) =>
  current(page).evaluateAll((marks) => marks.map((m) => m.textContent).join(''));

test('Show in source opens the article on exactly that quote, and the link keeps it', async ({
  page,
}) => {
  await page.goto('/?edge=e-jica-appreciated-gov-jharkhand');
  await waitForCanvas(page);
  const figure = page.locator('.details figure').first();
  const quote = await figure.locator('blockquote').textContent();
  await figure.getByRole('button', { name: /^Show “.*” in its source$/ }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('source-summary')).toHaveText(
    '19 passages cited by 59 relationships',
  );
  await expect(page.getByText('Passage 7 of 19')).toBeVisible();
  expect(await currentText(page)).toBe(quote);
  await expect(current(page).first()).toBeFocused();
  await expect(current(page).first()).toBeInViewport();
  expect(new URL(page.url()).searchParams.get('read')).toBe(
    'article,e-jica-appreciated-gov-jharkhand,0',
  );

  // What cites the passage selects it on the canvas, the reader staying open.
  const citedBy = page.locator('.cited-by');
  await citedBy.getByRole('button', { name: /Health services$/ }).click();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('edge'))
    .toBe('e-meeting-jica-discussed-t-health-services');
  await expect(page.getByTestId('source-summary')).toBeVisible();

  // Stepping goes through the passages in reading order.
  await page.getByRole('button', { name: 'Next passage' }).click();
  await expect(page.getByText('Passage 8 of 19')).toBeVisible();
  const next = await currentText(page);
  expect(next).not.toBe(quote);
  expect(next.length).toBeGreaterThan(20);
  await expect(current(page).first()).toBeInViewport();

  // A shared link opens on the same passage.
  await page.goto('/?read=article,e-jica-appreciated-gov-jharkhand,0');
  await waitForCanvas(page);
  await expect(page.getByText('Passage 7 of 19')).toBeVisible();
  expect(await currentText(page)).toBe(quote);

  await page.getByRole('button', { name: 'All sources' }).click();
  const list = page.locator('.source-list li');
  await expect(list).toHaveCount(1);
  await expect(list).toContainText('70 pieces of evidence in 59 relationships');
  await list.getByRole('button', { name: /^Read “Meeting with representatives/ }).click();
  await expect(page.getByTestId('source-summary')).toBeVisible();
});

test('in the Hindi interface: every quote of a node is one click from its passage', async ({
  page,
}) => {
  await page.goto('/?lang=hi&node=suzuki-takashi');
  await waitForCanvas(page);
  const figures = page.locator('.details figure');
  const count = await figures.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    await page.goto('/?lang=hi&node=suzuki-takashi');
    await waitForCanvas(page);
    const figure = page.locator('.details figure').nth(i);
    const quote = await figure.locator('blockquote').textContent();
    await figure.getByRole('button', { name: 'स्रोत में देखें' }).click();
    await expect(page.getByRole('tab', { name: 'स्रोत' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('source-summary')).toHaveText('19 अंश, 59 संबंधों द्वारा उद्धृत');
    await expect(page.getByText(/^अंश \d+ \/ 19$/)).toBeVisible();
    expect(await currentText(page)).toBe(quote);
  }
});
