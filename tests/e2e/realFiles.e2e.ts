import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { importFiles } from '../../src/formats/importGraph';
import { openRealFile, waitForCanvas } from './helpers';

const real = (name: string) => fileURLToPath(new URL(`../fixtures/real/${name}`, import.meta.url));
const counts = (page: Page) => page.getByTestId('counts');

const open = openRealFile;

const files: [string, string][] = [
  ['lesmis.networkx.gexf', '77 of 77 nodes · 254 of 254 edges'],
  ['lesmis.networkx.graphml', '77 of 77 nodes · 254 of 254 edges'],
  ['karate.networkx.node-link.json', '34 of 34 nodes · 78 of 78 edges'],
  ['florentine.networkx.cytoscape.json', '15 of 15 nodes · 20 of 20 edges'],
  ['multigraph.networkx.edgelist.csv', '3 of 3 nodes · 5 of 5 edges'],
  ['yed.networkx-tests.graphml', '3 of 3 nodes · 1 of 1 edges'],
  ['gephi-web-network.networkx-tests.gexf', '4 of 4 nodes · 5 of 5 edges'],
  ['test_utf8_chars.gephi-tests.csv', '2 of 2 nodes · 0 of 0 edges'],
];

for (const [name, expected] of files)
  test(`imports ${name} through the file picker, whole`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await waitForCanvas(page);
    await open(page, name);
    await expect(counts(page)).toHaveText(expected);
    await waitForCanvas(page);
    expect(errors).toEqual([]);
  });

test('Les Misérables from networkx opens as drawn, without arrows, and its hub reads at once', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await open(page, 'lesmis.networkx.gexf');
  // The shipped graph is drawn as preset too: the counts say the new graph is the one shown.
  await expect(counts(page)).toHaveText('77 of 77 nodes · 254 of 254 edges');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('preset');
  await waitForCanvas(page);
  const arrows = await page.evaluate(() =>
    window.cy!.edges().map((e) => String(e.style('target-arrow-shape'))),
  );
  expect(new Set(arrows)).toEqual(new Set(['none']));
  // Every node stands where the file put it.
  const file = importFiles([
    { name: 'l.gexf', text: readFileSync(real('lesmis.networkx.gexf'), 'utf8') },
  ]);
  if (!file.ok) throw new Error('the fixture must load');
  const drawn = await page.evaluate(() =>
    window.cy!.nodes().map((n) => [n.id(), n.position().x, n.position().y] as const),
  );
  expect(drawn).toEqual(file.graph.nodes.map((n) => [n.id, n.position?.x, n.position?.y]));
  const search = page.getByRole('combobox', { name: 'Search people, organisations and topics' });
  await search.fill('Valjean');
  await search.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('Valjean');
  await expect(details.getByRole('heading', { name: /^Connections/ })).toHaveText(
    'Connections (36)',
  );
});
