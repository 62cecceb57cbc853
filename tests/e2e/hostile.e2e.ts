import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { waitForCanvas } from './helpers';

/** Regressions for the careless and hostile inputs of issue #10, as a user meets them. */

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const counts = (page: Page) => page.getByTestId('counts');
const minimal = () => readFileSync(fixture('minimal.graph.json'), 'utf8');
interface Doc {
  meta: { title: { en: string } };
  nodes: { id: string; label: { en: string }; links?: unknown[]; [key: string]: unknown }[];
}
/** The minimal fixture as a value to change; a test's own file, so its shape is known. */
const minimalDoc = () => JSON.parse(minimal()) as Doc;

test.beforeEach(({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
});
test.afterEach(({ page }) => {
  expect((page as unknown as { errors: string[] }).errors).toEqual([]);
});

/** Serves a graph at any https://data.example.org address, readable by the page. */
async function serve(page: Page, body: string, contentType = 'application/json') {
  await page.route('https://data.example.org/**', (route) =>
    route.fulfill({
      status: 200,
      contentType,
      headers: { 'access-control-allow-origin': '*' },
      body,
    }),
  );
}

/** Opens files through the real "Open data…" button. */
async function openFile(page: Page, name: string, text: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a ?data= address with a malformed escape loads, named as written', async ({ page }) => {
  await serve(page, minimal());
  await page.goto('/?data=https%3A%2F%2Fdata.example.org%2F%25E0%25A4%25A.json');
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  await expect(page.getByText(/Loading/)).toHaveCount(0);
});

test('unknown ids in a link’s filters are ignored for real, and the link is rewritten', async ({
  page,
}) => {
  await page.goto('/?sectors=healthcare&types=persn');
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  // Two notices, folded to the newest; the other is one click away.
  await page.getByRole('button', { name: '1 earlier' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'healthcare' })).toContainText(
    'they were ignored',
  );
  // Only the language is written back; no filter names what this graph does not have.
  await expect.poll(() => new URL(page.url()).search).toBe('?lang=en');
});

test('Back to an entry of other data brings that data back, never a wrong URL over it', async ({
  page,
}) => {
  await serve(page, minimal());
  const address = 'https://data.example.org/maps/minimal.json';
  await page.goto(`/?data=${encodeURIComponent(address)}&node=a`);
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  // Choosing another node makes a new history entry, still of the linked data.
  await page.locator('.node-list').getByRole('button', { name: /^JICA/ }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('b');
  const local = minimalDoc();
  local.meta.title.en = 'My own map';
  local.nodes.push({ id: 'c', type: 'person', label: { en: 'Chitra' }, sectors: [] });
  await openFile(page, 'mine.json', JSON.stringify(local));
  await expect(counts(page)).toHaveText('3 of 3 nodes · 1 of 1 edges');
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  await page.goBack();
  // The entry named the linked data: it is loaded again, and the address and picture agree.
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  expect(new URL(page.url()).searchParams.get('data')).toBe(address);
  await page.goForward();
  // The local file cannot come back by itself: the address is made to match what is shown.
  await expect(page.getByRole('status').filter({ hasText: 'mine.json' })).toContainText(
    'which a page cannot reopen by itself',
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBe(address);
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
});

test('long titles, ids and addresses never widen the page or squeeze the canvas away', async ({
  page,
}) => {
  const doc = minimalDoc();
  // 2,000 words within the 10,000 characters a string may have.
  doc.meta.title.en = Array.from({ length: 2_000 }, (_, i) => `w${i % 100}`).join(' ');
  doc.nodes[0]!.label.en = 'x'.repeat(200);
  await page.goto('/');
  await waitForCanvas(page);
  await openFile(page, 'long.json', JSON.stringify(doc));
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  await page
    .locator('.node-list')
    .getByRole('button', { name: 'x'.repeat(200) })
    .click();
  const layout = () =>
    page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      header: document.querySelector('.app-header')!.getBoundingClientRect().height,
      canvas: document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect()
        .height,
    }));
  let now = await layout();
  expect(now.overflow).toBeLessThanOrEqual(0);
  expect(now.header).toBeLessThan(140);
  expect(now.canvas).toBeGreaterThan(400);

  // A 10 KB address that fails (vite preview, like many servers, refuses URLs over 16 KB):
  // its report and notices stay within the screen.
  const address = `https://data.example.org/${'a'.repeat(10_000)}.json`;
  await page.route('https://data.example.org/**', (route) =>
    route.fulfill({ status: 404, body: '', headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.goto(`/?data=${encodeURIComponent(address)}&sectors=${'z'.repeat(2_000)}`);
  await expect(page.getByRole('alert')).toContainText('the server answered 404');
  await waitForCanvas(page);
  now = await layout();
  expect(now.overflow).toBeLessThanOrEqual(0);
  expect(now.canvas).toBeGreaterThan(250);
  expect(await page.getByRole('alert').evaluate((e) => e.textContent?.length ?? 0)).toBeLessThan(
    1_000,
  );
});

test('a link is shown with the host it really opens, and deceptive ones are flagged', async ({
  page,
}) => {
  const doc = minimalDoc();
  doc.nodes[0]!.links = [
    { url: 'https://good.gov.in@evil.test/report', label: { en: 'Official report' } },
    { url: 'https://аpple.com/', label: { en: 'www.jharkhand.gov.in' } },
  ];
  await page.goto('/');
  await waitForCanvas(page);
  await openFile(page, 'links.json', JSON.stringify(doc));
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  await page
    .locator('.node-list')
    .getByRole('button', { name: /^Aditi/ })
    .click();
  const links = page.getByRole('list', { name: 'Links' });
  await expect(links.getByRole('link', { name: 'Official report' })).toHaveAttribute(
    'href',
    'https://evil.test/report',
  );
  await expect(links).toContainText('(evil.test)');
  await expect(links).toContainText('Careful: this address puts “good.gov.in@” before the site');
  await expect(links).toContainText('(xn--pple-43d.com)');
  await expect(links).toContainText(
    'Careful: the text names www.jharkhand.gov.in, but the link opens xn--pple-43d.com.',
  );
});
