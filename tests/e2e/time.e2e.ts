import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, openDatedMap, openRealFile, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

const counts = (page: Page) => page.getByTestId('counts');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** The made-up dated map, opened through the file picker. */
async function openDated(page: Page, lang = 'en') {
  await page.goto(`/?lang=${lang}`);
  await waitForCanvas(page);
  await openDatedMap(page);
}

test('the slider shows the map as of a date: what did not exist then leaves, counts follow', async ({
  page,
}) => {
  await openDated(page);
  await expect(counts(page)).toHaveText('9 of 9 nodes · 12 of 12 edges');
  const bar = timeline(page);
  await expect(bar).toContainText('17 dated, 4 without a date');
  await expect(page.getByTestId('timeline-now')).toHaveText('All dates');
  await bar.getByLabel('Show the map as of a date').check();
  // The latest year: the forum closed in 2021, and its links with it.
  await expect(page.getByTestId('timeline-now')).toHaveText('As of 2023');
  await expect(counts(page)).toHaveText('8 of 9 nodes · 9 of 12 edges');
  const slider = bar.getByRole('slider', { name: 'As of' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '2015');
  await expect(counts(page)).toHaveText('2 of 9 nodes · 1 of 12 edges');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('timeline-now')).toHaveText('As of 2019');
  await expect(counts(page)).toHaveText('6 of 9 nodes · 6 of 12 edges');
  expect(new URL(page.url()).searchParams.get('asof')).toBe('2019');
  // What was not there then, dimmed instead of hidden: everything is drawn, three nodes faint.
  await bar.getByLabel('What was not there then').selectOption('dim');
  await expect(counts(page)).toHaveText('9 of 9 nodes · 12 of 12 edges');
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .cy!.nodes('.then-absent')
          .map((n) => n.id())
          .sort(),
      ),
    )
    .toEqual(['flood-plan', 'meeting-2020', 'meeting-2022']);
  // The undated ministry hidden as well.
  await bar.getByLabel('What has no date').selectOption('hide');
  await expect(counts(page)).toHaveText('8 of 9 nodes · 11 of 12 edges');
  // The link carries all of it, and opens on it again.
  const url = page.url();
  expect(new URL(url).searchParams.get('absent')).toBe('dim');
  expect(new URL(url).searchParams.get('undated')).toBe('hide');
  const again = await page.context().newPage();
  await again.goto(url);
  await waitForCanvas(again);
  await expect(again.getByTestId('timeline-now')).toHaveText('As of 2019');
  await expect(counts(again)).toHaveText('8 of 9 nodes · 11 of 12 edges');
  await again.close();
});

test('"Analyse as of this date" changes a path answer; a stretch of time shows what existed in it', async ({
  page,
}) => {
  await openDated(page);
  await page.getByRole('tab', { name: 'Paths' }).click();
  const panel = page.getByRole('region', { name: 'How is one node linked to another?' });
  await panel.getByRole('combobox', { name: 'From' }).fill('Riverside Coun');
  await page.getByRole('option', { name: /Riverside Council/ }).click();
  await panel.getByRole('combobox', { name: 'To' }).fill('Riverside resid');
  await page.getByRole('option', { name: /Riverside residents/ }).click();
  await panel.getByRole('button', { name: 'Find paths' }).click();
  // Today the residents petition the council directly.
  await expect(panel.getByRole('region', { name: 'Path 1: 1 step' })).toBeVisible();
  const bar = timeline(page);
  await bar.getByLabel('Show the map as of a date').check();
  await bar.getByRole('slider', { name: 'As of' }).fill('4');
  await expect(page.getByTestId('timeline-now')).toHaveText('As of 2019');
  // Shown as of 2019, but counted over every date until asked.
  await expect(panel.getByRole('region', { name: 'Path 1: 1 step' })).toBeVisible();
  await bar.getByLabel('Analyse as of this date').check();
  // In 2019 the council reached them through the forum or the utility.
  await expect(panel.getByRole('region', { name: 'Path 1: 2 steps' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Path 2: 2 steps' })).toBeVisible();
  await expect(panel.getByTestId('analysed-as-of')).toHaveText(
    'Counting only what existed as of 2019.',
  );
  expect(new URL(page.url()).searchParams.get('asofanalysis')).toBe('1');
  // A stretch: 2020 to 2021, the forum still there, the petition not yet.
  await bar.getByLabel('A stretch of time').check();
  await bar.getByRole('slider', { name: 'From' }).fill('5');
  await bar.getByRole('slider', { name: 'To' }).fill('6');
  await expect(page.getByTestId('timeline-now')).toHaveText('From 2020 to 2021');
  expect(new URL(page.url()).searchParams.get('asof')).toBe('2020..2021');
  await expect(counts(page)).toHaveText('7 of 9 nodes · 8 of 12 edges');
  await expect(panel.getByRole('region', { name: 'Path 1: 2 steps' })).toBeVisible();
});

test('Play steps a year at a time and stops at the last date', async ({ page }) => {
  await openDated(page);
  const bar = timeline(page);
  await bar.getByLabel('Show the map as of a date').check();
  await bar.getByRole('slider', { name: 'As of' }).fill('6');
  await expect(page.getByTestId('timeline-now')).toHaveText('As of 2021');
  const play = bar.getByRole('button', { name: 'Play' });
  await play.click();
  await expect(bar.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('timeline-now')).toHaveText('As of 2022');
  await expect(page.getByTestId('timeline-now')).toHaveText('As of 2023');
  await expect(bar.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await expect(counts(page)).toHaveText('8 of 9 nodes · 9 of 12 edges');
});

test('the events in date order, in Hindi; a map without dates says why it has no timeline', async ({
  page,
}) => {
  await openDated(page, 'hi');
  await page.getByRole('tab', { name: 'घटनाएँ' }).click();
  const events = page.locator('.events > li');
  await expect(events).toHaveCount(8);
  await expect(events.locator('> time')).toHaveText([
    '2015',
    '2016',
    '2017',
    '2018',
    'मार्च 2019',
    '11 फ़रवरी 2020',
    '5 सितंबर 2022',
    'अक्टूबर 2022',
  ]);
  const meeting = events.nth(6);
  await expect(meeting.locator('[data-meeting="participants"]')).toContainText('रिवरसाइड परिषद');
  await meeting
    .getByRole('button', { name: /बाढ़ योजना बैठक/ })
    .first()
    .click();
  await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('meeting-2022');
  await expect(page.getByRole('tab', { name: 'घटनाएँ' })).toHaveAttribute('aria-selected', 'true');

  // The shipped article gives no dates: no timeline, and the reason where one would be.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Back to the shipped data set' }).click();
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  await waitForCanvas(page);
  await expect(timeline(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(timeline(page)).toContainText('This map has no dates, so it has no timeline.');
  await page.getByRole('tab', { name: 'Events' }).click();
  await expect(page.getByText('No node of this map has a date of its own')).toBeVisible();
});

test('a real dynamic GEXF (networkx, date spells) opens with its timeline; the slider follows its spells', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openRealFile(page, 'dynamic-spells.networkx.gexf');
  await expect(page.locator('.app-header')).toContainText('dynamic-spells.networkx.gexf');
  await waitForCanvas(page);
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  const bar = timeline(page);
  // Dates from January 2019 to December 2023: under six years, stepped by month.
  await bar.getByLabel('Show the map as of a date').check();
  const slider = bar.getByRole('slider', { name: 'As of' });
  await expect(slider).toHaveAttribute('aria-valuetext', 'December 2023');
  // Gamma Trust's spells end in June 2022, Delta Works runs to 2023: by then only the undated
  // forum's link and Delta's supply remain among the links.
  await expect(counts(page)).toHaveText('4 of 5 nodes · 2 of 4 edges');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', 'January 2019');
  await expect(counts(page)).toHaveText('3 of 5 nodes · 1 of 4 edges');
});
