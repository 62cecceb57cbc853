import { expect, test } from '@playwright/test';
import { waitForCanvas } from './helpers';

test('the Hindi interface is fetched only when chosen; where it cannot be, the page says so and stays in English', async ({
  page,
}) => {
  // The refused fetch is the one console error; anything else fails the test.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const hindi: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/hindi-[^/]*\.js$/.test(r.url())) hindi.push(r.url());
  });
  await page.route(/\/assets\/hindi-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/');
  await waitForCanvas(page);
  expect(hindi).toEqual([]);
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Hindi interface' })).toHaveText(
    /The Hindi interface could not be fetched \(is the connection down\?\); it stays in English\. Try the switch again\./,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stakeholder Graph Explorer');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(hindi).toHaveLength(1);

  await page.unroute(/\/assets\/hindi-[^/]*\.js$/);
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('हितधारक ग्राफ़ एक्सप्लोरर');
  expect(hindi).toHaveLength(2);
  // Back to English needs nothing fetched.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stakeholder Graph Explorer');
  expect(hindi).toHaveLength(2);
  expect(errors).toEqual(['Failed to load resource: net::ERR_FAILED']);
});

test('a link in Hindi opens in Hindi, its language fetched beside the data', async ({ page }) => {
  await page.goto('/?lang=hi');
  await waitForCanvas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('हितधारक ग्राफ़ एक्सप्लोरर');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  expect(
    await page.evaluate(() => String(window.cy!.getElementById('hemant-soren').style('label'))),
  ).toBe('हेमंत सोरेन');
});

test('a stored choice of Hindi that cannot be fetched opens in English, and says so once', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('stakeholder-graph.lang', 'hi'));
  await page.route(/\/assets\/hindi-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/');
  await waitForCanvas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stakeholder Graph Explorer');
  await expect(page.getByRole('status').filter({ hasText: 'Hindi interface' })).toHaveCount(1);
});
