import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, failOnPageErrors, openRealFile, waitForCanvas } from './helpers';

const counts = (page: Page) => page.getByTestId('counts');
const tab = (page: Page, name: string) => page.getByRole('tab', { name });

failOnPageErrors(test);

/** Waits until the metrics worker has finished for the loaded graph. */
async function metricsDone(page: Page) {
  await tab(page, 'Look').click();
  await expect(page.getByText(/Computing metrics/)).toHaveCount(0);
}

test('finds the paths from Aditi Puri to Ryohei Aiba, with evidence on every hop', async ({
  page,
}) => {
  await page.goto('/');
  await clickNode(page, 'aditi-puri');
  await page.getByRole('button', { name: 'Find paths to…' }).click();
  const panel = page.getByRole('region', { name: 'How is one node linked to another?' });
  await expect(panel.getByRole('combobox', { name: 'From' })).toHaveValue('Aditi Puri');
  await panel.getByRole('combobox', { name: 'To' }).fill('Ryohei');
  await page.getByRole('option', { name: /Ryohei Aiba/ }).click();
  await panel.getByRole('button', { name: 'Find paths' }).click();
  await expect(panel.getByText(/shortest paths? from/)).toHaveText(
    '5 shortest paths from Aditi Puri to Ryohei Aiba, shortest first.',
  );
  // The route through the Industry Secretary: four hops, each with its quote and source.
  const path = panel
    .getByRole('region', { name: /^Path \d: 4 steps$/ })
    .filter({ has: page.getByRole('button', { name: 'Arva Rajkamal', exact: true }) });
  await expect(path).toHaveCount(1);
  // One compact chain: the start, then each hop's relation (its arrow the way it runs) and node.
  await expect(path.locator('.chain-start')).toHaveText('Aditi Puri');
  const hops = path.locator('.chain-hop');
  await expect(hops).toHaveCount(4);
  await expect(hops.locator('.hop-relation')).toHaveText([
    '→ took part in (in its direction)',
    '← took part in (against its direction)',
    '→ took part in (in its direction)',
    '← took part in (against its direction)',
  ]);
  await expect(hops.locator(':scope > .node-link')).toHaveText([
    'Meeting with JICA',
    'Arva Rajkamal',
    'Meeting with NEC Corporation',
    'Ryohei Aiba',
  ]);
  // Each hop's evidence is folded under it, one click away.
  for (let i = 0; i < 4; i++) {
    await expect(hops.nth(i).getByLabel('Quoted verbatim from the source').first()).toBeHidden();
    await hops.nth(i).locator('summary').click();
    await expect(hops.nth(i).getByLabel('Quoted verbatim from the source').first()).toBeVisible();
    await expect(
      hops
        .nth(i)
        .getByText(/^Source:/)
        .first(),
    ).toBeVisible();
  }
  await expect(hops.nth(0).getByLabel('Quoted verbatim from the source')).toContainText(
    'अदिति पुरी',
  );
  // On the canvas: the chosen path's nodes and edges are marked strong, the rest faded.
  await path.getByRole('button', { name: /^Path \d: 4 steps$/ }).click();
  const marked = await page.evaluate(() =>
    window
      .cyLayer!.$('node.on-path')
      .map((n) => n.id())
      .sort(),
  );
  expect(marked).toContain('arva-rajkamal');
  expect(marked).toContain('aditi-puri');
  await expect(page).toHaveURL(/[?&]path=aditi-puri%2Cryohei-aiba/);
});

test('a shared link restores the paths and the look', async ({ page }) => {
  await page.goto(
    '/?path=aditi-puri,ryohei-aiba&avoid=document,place&colour=community&size=metric:betweenness',
  );
  await waitForCanvas(page);
  const panel = page.getByRole('region', { name: 'How is one node linked to another?' });
  await expect(panel.getByText(/shortest paths? from/)).toHaveText(
    '5 shortest paths from Aditi Puri to Ryohei Aiba, shortest first.',
  );
  await expect(panel.getByRole('checkbox', { name: 'Document' })).toBeChecked();
  await expect(panel.getByRole('checkbox', { name: 'Place' })).toBeChecked();
  await expect(panel).not.toContainText('News report');
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Fill: Community (Louvain)');
  await expect(legend).toContainText('Size: Betweenness, from 0 (small) to 0.3604 (large)');
  await expect(legend).toContainText('Paths from Aditi Puri to Ryohei Aiba in orange');
  await tab(page, 'Look').click();
  await expect(page.getByRole('combobox', { name: 'Node colour by' })).toHaveValue('community');
  await expect(page.getByRole('combobox', { name: 'Node size by' })).toHaveValue(
    'metric:betweenness',
  );
});

test('colour by community: the legend lists each community, and one click resets', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await metricsDone(page);
  await page.getByRole('combobox', { name: 'Node colour by' }).selectOption('community');
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Fill: Community (Louvain)');
  const entries = legend.locator('li').filter({ hasText: /^Community \d+ \(\d+\)$/ });
  await expect(entries).toHaveCount(6);
  const sizes = (await entries.allTextContents()).map((t) => Number(/\((\d+)\)/.exec(t)![1]));
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(41);
  // Every node is filled with its community's colour.
  const fills = await page.evaluate(
    () => [...new Set(window.cy!.nodes().map((n) => n.data('appColour') as string))].length,
  );
  expect(fills).toBe(6);
  await expect(page).toHaveURL(/[?&]colour=community/);
  await page.getByRole('button', { name: 'Reset to the default look' }).click();
  await expect(legend).not.toContainText('Community');
  await expect(legend).toContainText('Node types (shape and fill)');
  expect(await page.evaluate(() => window.cy!.nodes('[appColour]').length)).toBe(0);
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await page.getByRole('combobox', { name: 'नोड का रंग इसके अनुसार' }).selectOption('community');
  await expect(legend).toContainText('रंग: समुदाय (लूवेन)');
  await expect(legend.locator('li').filter({ hasText: /^समुदाय \d/ })).toHaveCount(6);
});

test('the table sorts by betweenness, and its top row selects on the canvas', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await metricsDone(page);
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expect(page.getByText('41 rows')).toBeVisible();
  await table.getByRole('button', { name: 'Sort by Betweenness' }).click();
  await expect(table.getByRole('columnheader', { name: /Betweenness/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const top = table.getByRole('rowheader').first();
  await expect(top).toHaveText('Government of Jharkhand');
  await top.getByRole('button').click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveText('Government of Jharkhand');
  expect(await page.evaluate(() => window.cyLayer!.$('node.selected').map((n) => n.id()))).toEqual([
    'gov-jharkhand',
  ]);
  // And the other way: a node chosen on the canvas marks its row.
  await clickNode(page, 'ryohei-aiba');
  await expect(table.getByRole('row', { selected: true })).toContainText('Ryohei Aiba');
  // The table's own filter, and the relations table.
  await page.getByLabel('Filter rows').fill('meeting');
  await expect(page.getByText(/^\d+ rows$/)).toHaveText('4 rows');
  // Still sorted by betweenness, highest first.
  await expect(table.getByRole('rowheader')).toHaveText([
    'Meeting with NEC Corporation',
    'Meeting with JICA',
    'Meeting with JETRO India',
    'News report on the meetings with JICA, JETRO and NEC',
  ]);
  // The table's view saves as CSV: its columns, its rows as filtered and sorted.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save this table as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'jharkhand-and-japanese-partners-investment-and-technology-meetings-in-delhi-table-nodes.csv',
  );
  const csv = readFileSync((await file.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = Papa.parse<string[]>(csv).data;
  expect(header?.slice(0, 4)).toEqual(['Name', 'Type', 'Sectors', 'Links (degree)']);
  expect(header).toContain('Betweenness');
  expect(rows.map((r) => r[0])).toEqual([
    'Meeting with NEC Corporation',
    'Meeting with JICA',
    'Meeting with JETRO India',
    'News report on the meetings with JICA, JETRO and NEC',
  ]);
  // Numbers as numbers, not as the screen rounds them.
  const betweenness = rows.map((r) => Number(r[header!.indexOf('Betweenness')]));
  expect(betweenness[0]).toBeCloseTo(0.3, 2);
  expect([...betweenness].sort((a, b) => b - a)).toEqual(betweenness);
  await page.getByLabel('Filter rows').fill('');
  await page.getByRole('button', { name: 'Relations', exact: true }).click();
  await expect(page.getByText(/^\d+ rows$/)).toHaveText('59 rows');
});

test('a betweenness range filter changes the counts, and its chip removes it', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await metricsDone(page);
  await page.getByRole('combobox', { name: 'Filter by' }).selectOption('metric:betweenness');
  const range = page.getByRole('group', { name: 'Betweenness' });
  const min = range.getByRole('slider', { name: /At least/ });
  // Keyboard steps of a two-hundredth of the range: 0.3604 × 10/200 ≈ 0.018, which leaves
  // the 15 nodes that lie between others at all (the rest have 0 or less than 0.018).
  await min.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(counts(page)).toHaveText('15 of 41 nodes · 25 of 59 edges');
  await expect(range.locator('p[role=status]')).toHaveText('15 nodes');
  await expect(page).toHaveURL(/[?&]range=metric%3Abetweenness%2C/);
  const chip = page.getByRole('group', { name: 'Active filters' }).getByText(/^Betweenness 0\.018/);
  await expect(chip).toBeVisible();
  await page.getByRole('button', { name: /^Remove filter: Betweenness/ }).click();
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
});

test('insights answer the four questions, each with its evidence one click away', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await tab(page, 'Insights').click();
  const brokers = page.getByRole('region', { name: 'Who brokers access' });
  await expect(brokers.getByRole('listitem').first()).toContainText('Government of Jharkhand');
  await expect(brokers.getByRole('listitem').first()).toContainText('Liaison');
  const cut = page.getByRole('region', { name: 'Single points of failure' });
  const gov = cut
    .getByRole('listitem')
    .filter({ hasText: /^Government of Jharkhand/ })
    .first();
  await expect(gov).toContainText('Without it, 5 would be cut off:');
  const gaps = page.getByRole('region', { name: 'Topics with no owner' });
  const health = gaps
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Health services', exact: true }) });
  await health.locator('summary', { hasText: 'Evidence' }).click();
  await expect(health.getByLabel('Quoted verbatim from the source')).toContainText('स्वास्थ्य');
  const meetings = page.getByRole('region', { name: 'What each meeting produced' });
  const jetro = meetings.getByRole('listitem').filter({ hasText: 'Meeting with JETRO India' });
  await expect(jetro).toContainText('Produced 4:');
  // A name in an answer selects the node and opens its details.
  await jetro.getByRole('button', { name: 'Meeting with JETRO India' }).first().click();
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveText('Meeting with JETRO India');
});

test('on a user’s own graph (Padgett’s Florentine families from Cytoscape JSON): brokers, cut vertices, paths', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openRealFile(page, 'florentine.networkx.cytoscape.json');
  await expect(counts(page)).toHaveText('15 of 15 nodes · 20 of 20 edges');
  await waitForCanvas(page);
  await tab(page, 'Insights').click();
  const brokers = page.getByRole('region', { name: 'Who brokers access' }).getByRole('listitem');
  // networkx: Medici 0.522, Guadagni 0.255, Albizzi 0.212.
  await expect(brokers.nth(0)).toContainText('Medici betweenness 0.522');
  await expect(brokers.nth(1)).toContainText('Guadagni betweenness 0.255');
  await expect(brokers.nth(2)).toContainText('Albizzi betweenness 0.212');
  const cut = page.getByRole('region', { name: 'Single points of failure' });
  const medici = cut.locator('.insight-list > li').first();
  await expect(medici).toContainText('Medici');
  await expect(medici).toContainText('Without it, 3 would be cut off:');
  // Smallest part first: Acciaiuoli alone, then Salviati with Pazzi behind it.
  await expect(medici.locator('.cut-off li')).toHaveText(['Acciaiuoli', 'Salviati', 'Pazzi']);
  await expect(cut.locator('.insight-list > li')).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'Topics with no owner' })).toContainText(
    'This graph has no meetings.',
  );
  await tab(page, 'Paths').click();
  const panel = page.getByRole('region', { name: 'How is one node linked to another?' });
  await panel.getByRole('combobox', { name: 'From' }).fill('Acciai');
  await page.getByRole('option', { name: /Acciaiuoli/ }).click();
  await panel.getByRole('combobox', { name: 'To' }).fill('Lamber');
  await page.getByRole('option', { name: /Lamberteschi/ }).click();
  await panel.getByRole('button', { name: 'Find paths' }).click();
  // networkx finds the same two shortest paths, through Tornabuoni and through Albizzi.
  await expect(panel.getByText(/shortest paths? from/)).toHaveText(
    '4 shortest paths from Acciaiuoli to Lamberteschi, shortest first.',
  );
  const first = panel.getByRole('region', { name: 'Path 1: 4 steps' });
  // One compact chain: the names in order, each hop's relation between them.
  await expect(first.locator('.chain > li > .node-link')).toHaveText([
    'Acciaiuoli',
    'Medici',
    'Tornabuoni',
    'Guadagni',
    'Lamberteschi',
  ]);
  // Links without a direction read without arrows.
  await expect(first.locator('.hop-relation')).toHaveText(Array(4).fill('— related to'));
  await expect(
    panel.getByRole('region', { name: 'Path 2: 4 steps' }).locator('.chain > li > .node-link'),
  ).toContainText(['Albizzi']);
  // The first path is drawn strong; choosing the second draws it strong instead.
  await expect(first.getByRole('button', { name: 'Path 1: 4 steps' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await panel.getByRole('button', { name: 'Path 2: 4 steps' }).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .cyLayer!.nodes('.on-path')
          .map((n) => n.id())
          .sort(),
      ),
    )
    .toContain('Albizzi');
  // The file quotes no source: each hop says so rather than showing nothing.
  await expect(first.getByText('No evidence recorded for this relationship.')).toHaveCount(4);
});

test('on Les Misérables (GEXF from networkx): colour by the file’s own community numbers', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openRealFile(page, 'lesmis.networkx.gexf');
  await expect(counts(page)).toHaveText('77 of 77 nodes · 254 of 254 edges');
  await tab(page, 'Look').click();
  await page.getByRole('combobox', { name: 'Node colour by' }).selectOption('category:community');
  const legend = page.locator('.legend');
  await expect(legend).toContainText('Fill: community');
  await expect(legend.locator('li').filter({ hasText: /^\d+ \(\d+\)$/ })).toHaveText([
    '0 (33)',
    '1 (17)',
    '2 (11)',
    '3 (10)',
    '4 (6)',
  ]);
  await page.getByRole('combobox', { name: 'Filter by' }).selectOption('category:community');
  await page.getByRole('button', { name: 'None community' }).click();
  await expect(counts(page)).toHaveText('0 of 77 nodes · 0 of 254 edges');
});
