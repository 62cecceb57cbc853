import { expect, test } from '@playwright/test';
import { clickNode, failOnPageErrors, seriousViolations, waitForCanvas } from './helpers';

const counts = (page: import('@playwright/test').Page) => page.getByTestId('counts');
const details = (page: import('@playwright/test').Page) =>
  page.getByRole('complementary', { name: /Details|विवरण/ });

failOnPageErrors(test);

test('loads the network from the production build', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stakeholder Graph Explorer');
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  expect(await page.evaluate(() => window.cy!.edges().length)).toBe(59);
});

test('clicking a node on the canvas shows its details and evidence', async ({ page }) => {
  await page.goto('/');
  await clickNode(page, 'meeting-nec');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Meeting with NEC Corporation');
  await expect(panel.getByText('Not stated in the source')).toBeVisible();
  const quotes = panel.getByLabel('Quoted verbatim from the source');
  await expect(quotes.filter({ hasText: 'दिल्ली स्थित झारखंड भवन में बैठक हुई.' }).first()).toBeVisible();
  await expect(
    panel.getByText('A meeting was held at Jharkhand Bhawan in Delhi', { exact: false }).first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]node=meeting-nec/);
});

test('filtering by a sector changes the counts and the canvas', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'None Sectors' }).click();
  await expect(counts(page)).toHaveText('0 of 41 nodes · 0 of 59 edges');
  await page.getByRole('checkbox', { name: /Minerals & mining/ }).check();
  await expect(counts(page)).toHaveText('2 of 41 nodes · 1 of 59 edges');
  expect(
    await page.evaluate(() =>
      window
        .cy!.nodes(':visible')
        .map((n) => n.id())
        .sort(),
    ),
  ).toEqual(['meeting-nec', 't-rare-earth-digital']);
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
});

test('search finds nodes typed in Hindi and in English', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: 'Search people, organisations and topics' });
  await box.fill('सुजुकी');
  await page.getByRole('option', { name: /Suzuki Takashi/ }).click();
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Suzuki Takashi');
  await box.fill('ziada');
  await box.press('Enter');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(
    'Jharkhand Industrial Area Development Authority (ZIADA)',
  );
});

test('the language switch covers the interface and labels and survives a reload', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('हितधारक ग्राफ़ एक्सप्लोरर');
  expect(
    await page.evaluate(() => String(window.cy!.getElementById('hemant-soren').style('label'))),
  ).toBe('हेमंत सोरेन');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('हितधारक ग्राफ़ एक्सप्लोरर');
});

test('a copied link opens the same view in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('checkbox', { name: /^Topic/ }).uncheck();
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await page.getByRole('combobox', { name: 'Neighbourhood depth' }).selectOption('2');
  await clickNode(page, 'jica');
  // The choice is brought into view; the link says where the camera came to rest.
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied. Anyone opening it sees this view.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const other = await context.newPage();
  await other.goto(link);
  await waitForCanvas(other);
  await expect(details(other).getByRole('heading', { level: 3 })).toHaveText(
    'Japan International Cooperation Agency (JICA)',
  );
  await expect(counts(other)).toHaveText(await counts(page).innerText());
  await expect(other.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
  await expect(other.getByRole('combobox', { name: 'Neighbourhood depth' })).toHaveValue('2');
  await expect(other.getByRole('checkbox', { name: /^Topic/ })).not.toBeChecked();
});

test('back and forward step through selections', async ({ page }) => {
  await page.goto('/');
  await clickNode(page, 'jica');
  await clickNode(page, 'nec');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('NEC Corporation');
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText(
    'Japan International Cooperation Agency (JICA)',
  );
  await page.goForward();
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('NEC Corporation');
});

test('a malformed link is ignored piece by piece with a notice', async ({ page }) => {
  await page.goto('/?node=nobody&layout=grid&depth=zz&sectors=health,bogus');
  await waitForCanvas(page);
  // The notices fold to one line, the newest; the earlier ones are one click away.
  await page.getByRole('button', { name: /^\d+ earlier$/ }).click();
  await expect(
    page.getByText(
      'The link names “nobody”, which is not in this graph; the selection was ignored.',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('The link’s “depth” value “zz” was not understood and was ignored.'),
  ).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('grid');
  await expect(counts(page)).toHaveText('3 of 41 nodes · 2 of 59 edges');
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(page.getByText('The link names “nobody”')).toHaveCount(0);
});

test('skip links lead to the search box, the graph, the node list and the side panel', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  const targets: [string, import('@playwright/test').Locator][] = [
    [
      'Skip to search',
      page.getByRole('combobox', { name: 'Search people, organisations and topics' }),
    ],
    ['Skip to the graph', page.getByTestId('graph-canvas')],
    ['Skip to the node list', page.locator('#node-list')],
    ['Skip to the side panel', page.getByRole('tabpanel')],
  ];
  for (const [name, target] of targets) {
    // The lists arrive just after the first picture; a link followed before its target exists
    // leads nowhere, for a test as for a user.
    await expect(target).toBeAttached();
    await page.getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(target).toBeFocused();
  }
  // The graph says what it shows when it takes the focus.
  await expect(page.getByTestId('graph-canvas')).toHaveAccessibleName(/41 nodes/);
});

test('keyboard only: search, list and details without the canvas', async ({ page }) => {
  await page.goto('/');
  // Keys typed before the app has drawn itself would go nowhere.
  await waitForCanvas(page);
  // The skip links, the header's controls, the toolbar (one stop), the graph, its legend, and
  // then the search box: the toolbar comes before the lists.
  for (const name of [
    'Skip to search',
    'Skip to the graph',
    'Skip to the node list',
    'Skip to the side panel',
    'Edit',
    'New map',
    'Open data…',
    'Export',
    'हिन्दी',
    'Copy link to this view',
    'Embed',
    'Layout',
    /^Graph of 41 nodes/,
    'Legend',
  ]) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(name);
  }
  await page.keyboard.press('Tab');
  const box = page.getByRole('combobox', { name: 'Search people, organisations and topics' });
  await expect(box).toBeFocused();
  await page.keyboard.type('aditi');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Aditi Puri');

  await page.getByRole('link', { name: 'Skip to the node list' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = page
    .getByRole('region', { name: /Visible nodes/ })
    .getByRole('button')
    .first();
  await expect(first).toBeFocused();
  // Choosing in the list moves the focus to the details; Escape there comes back.
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Aditi Puri');
  await expect(page.locator('#side-panel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Aditi Puri');

  const link = details(page).getByRole('button', { name: 'Meeting with JICA' }).first();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Meeting with JICA');
  await expect(details(page).getByRole('heading', { level: 3 })).toBeFocused();
  // The first Escape returns to where the focus came from, the second clears the selection.
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveCount(0);
});

test('axe finds no serious or critical violation: main view, selection, Hindi', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  expect(await seriousViolations(page)).toEqual([]);
  await clickNode(page, 'meeting-jica');
  await expect(details(page).getByRole('heading', { level: 3 })).toHaveText('Meeting with JICA');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  expect(await seriousViolations(page)).toEqual([]);
});
