import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, phonePage, waitForCanvas } from './helpers';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const counts = (page: Page) => page.getByTestId('counts');
const origin = (page: Page) => page.getByTestId('data-origin');
const report = (page: Page) => page.getByRole('alert');

test.beforeEach(async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('reportCsp', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCsp: (v: string) => void }).reportCsp(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  (page as unknown as { problems: string[] }).problems = problems;
});

test.afterEach(async ({ page }) => {
  // No script error, no console error and no Content-Security-Policy violation in any test.
  expect((page as unknown as { problems: string[] }).problems).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

/** Chooses files through the real "Open data…" button and file chooser. */
async function openFiles(page: Page, paths: string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Open data…|डेटा खोलें…)$/ }).click();
  await (await chooser).setFiles(paths);
}

test('the production build runs under its Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.evaluate(
    () =>
      document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')
        ?.content,
  );
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self';");
  await waitForCanvas(page);
  await clickNode(page, 'meeting-jica');
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('हितधारक ग्राफ़ एक्सप्लोरर');
});

test('imports a Kumu-style CSV pair, GraphML and Cytoscape JSON through the file picker', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openFiles(page, [fixture('import/kumu-nodes.csv'), fixture('import/kumu-edges.csv')]);
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  await expect(origin(page)).toHaveText(
    'Data: your file kumu-nodes.csv + kumu-edges.csv (shared links carry the view, not the file)',
  );
  await expect(
    page
      .getByRole('status')
      .getByText('Loaded “kumu-nodes.csv + kumu-edges.csv” (CSV): 5 nodes, 4 edges.', {
        exact: false,
      }),
  ).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(5);
  // Kept attributes show in the details panel; missing Hindi is marked.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^ZIADA/ })
    .click();
  const details = page.getByRole('complementary', { name: /Details|विवरण/ });
  await expect(details.getByText('https://example.org/ziada')).toBeVisible();
  await details.getByRole('button', { name: 'Show relationship details' }).first().click();
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('met in Delhi');
  await expect(details.getByRole('definition').filter({ hasText: /^3$/ })).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Rare earth minerals/ })
    .click();
  await page.getByRole('button', { name: 'हिन्दी' }).click();
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('Rare earth minerals (EN)');

  await openFiles(page, [fixture('import/gephi.graphml')]);
  await expect(counts(page)).toHaveText('3 में से 3 नोड · 2 में से 2 संबंध');
  await openFiles(page, [fixture('import/cytoscape-desktop.cyjs')]);
  await expect(page.getByText('Jharkhand partners (EN)', { exact: true })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .cy!.nodes()
          .map((n) => n.id())
          .join(),
      ),
    )
    .toBe('101,102');
});

/** Drags files onto the page and drops them, as a user does from their file manager. */
async function dropFiles(page: Page, paths: string[]) {
  const files = paths.map((p) => ({
    name: p.split('/').pop() ?? p,
    text: readFileSync(p, 'utf8'),
  }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name));
    return dt;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a graph file here to load it')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByText('Drop a graph file here to load it')).toBeHidden();
}

test('imports every format dropped on the page', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  const cases: [string[], string][] = [
    [['import/kumu-nodes.csv', 'import/kumu-edges.csv'], '5 of 5 nodes · 4 of 4 edges'],
    [['import/gephi.graphml'], '3 of 3 nodes · 2 of 2 edges'],
    [['import/yed.graphml'], '2 of 2 nodes · 1 of 1 edges'],
    [['import/cytoscape-desktop.cyjs'], '2 of 2 nodes · 1 of 1 edges'],
    [['import/cy-array.json'], '2 of 2 nodes · 1 of 1 edges'],
    [['minimal.graph.json'], '2 of 2 nodes · 1 of 1 edges'],
  ];
  for (const [files, expected] of cases) {
    await dropFiles(page, files.map(fixture));
    await expect(counts(page)).toHaveText(expected);
    await expect(origin(page)).toContainText(files.map((f) => f.split('/').pop()).join(' + '));
  }
});

test('loads ?data= from an https address, and applies the link’s view to it', async ({ page }) => {
  const requests: { credentials: string | undefined; referer: string | undefined }[] = [];
  await page.route('https://data.example.org/**', async (route) => {
    const headers = route.request().headers();
    requests.push({ credentials: headers.cookie, referer: headers.referer });
    if (route.request().url().endsWith('/missing.graphml'))
      return route.fulfill({
        status: 404,
        body: 'not here',
        headers: { 'access-control-allow-origin': '*' },
      });
    await route.fulfill({
      status: 200,
      contentType: 'application/graphml+xml',
      headers: { 'access-control-allow-origin': '*' },
      body: readFileSync(fixture('import/gephi.graphml'), 'utf8'),
    });
  });
  const address = 'https://data.example.org/graphs/partners.graphml';
  await page.goto(`/?data=${encodeURIComponent(address)}&node=nec`);
  await expect(origin(page)).toHaveText(`Data: ${address}`);
  await expect(counts(page)).toHaveText('3 of 3 nodes · 2 of 2 edges');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('NEC Corporation');
  expect(requests).toEqual([{ credentials: undefined, referer: undefined }]);
  expect(new URL(page.url()).searchParams.get('data')).toBe(address);

  // A failing address leaves the shipped data in place and says why.
  const missing = 'https://data.example.org/missing.graphml';
  await page.goto(`/?data=${encodeURIComponent(missing)}`);
  await expect(report(page)).toContainText(`Could not load “${missing}”`);
  await expect(report(page)).toContainText(
    `${missing}: the server answered 404 Not Found; check the address`,
  );
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  // The browser logs the 404 it was asked to fetch; that line is expected, nothing else is.
  const problems = (page as unknown as { problems: string[] }).problems;
  const expected = problems.findIndex((p) => p.includes('status of 404'));
  expect(expected).toBeGreaterThanOrEqual(0);
  problems.splice(expected, 1);
  await page.goto(`/?data=${encodeURIComponent('http://data.example.org/g.json')}`);
  await expect(report(page)).toContainText(
    'only https:// addresses and files on this site can be loaded',
  );
});

test('a failed import leaves graph, filters, selection and link exactly as they were', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('checkbox', { name: /^Health/ }).uncheck();
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^JETRO India/ })
    .click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText('JETRO India');
  // The node glides to the centre; the link records where the camera came to rest.
  await waitForCanvas(page);
  const before = {
    url: page.url(),
    counts: await counts(page).textContent(),
    visible: await page.evaluate(() => window.cy!.elements().not('.hidden').length),
  };
  for (const bad of [
    'hostile/dangling-edge.graph.json',
    'hostile/latin1.csv',
    'hostile/proto-keys.graph.json',
  ]) {
    await openFiles(page, [fixture(bad)]);
    await expect(report(page)).toContainText('Nothing was changed');
    expect(page.url()).toBe(before.url);
    await expect(counts(page)).toHaveText(before.counts ?? '');
    expect(await page.evaluate(() => window.cy!.elements().not('.hidden').length)).toBe(
      before.visible,
    );
    await expect(details.getByRole('heading', { level: 3 })).toHaveText('JETRO India');
    await expect(page.getByRole('checkbox', { name: /^Health/ })).not.toBeChecked();
  }
  await expect(report(page)).toContainText(
    'proto-keys.graph.json: __proto__: "__proto__" is not allowed as a name; rename it',
  );
  await page.getByRole('button', { name: 'Dismiss the report' }).click();
  await expect(report(page)).toBeHidden();
});

test('script and HTML in a file show as literal text and never run', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openFiles(page, [fixture('hostile/script-in-strings.graph.json')]);
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  const list = page.getByRole('navigation');
  await list.getByRole('button', { name: /^<script>window.__pwned=1<\/script> node 0/ }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 3 })).toHaveText(
    '<script>window.__pwned=1</script> node 0',
  );
  await expect(details.getByText('"><svg onload=window.__pwned=1>').first()).toBeVisible();
  expect(
    await page.locator('main script, aside script, aside img, aside svg[onload]').count(),
  ).toBe(0);
});

test('exports every format with telling names, and the data exports re-import', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('checkbox', { name: /^Health/ }).uncheck();
  await expect(counts(page)).toHaveText(/^40 of 41 nodes/);
  const filtered = await counts(page).textContent();
  const exportAs = async (label: string, expected: number) => {
    const downloads: import('@playwright/test').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByText('Export', { exact: true }).click();
    await page.getByRole('button', { name: label }).click();
    await expect.poll(() => downloads.length).toBe(expected);
    page.removeAllListeners('download');
    return Promise.all(
      downloads.map(async (d) => ({ name: d.suggestedFilename(), path: (await d.path()) ?? '' })),
    );
  };
  const [pngView] = await exportAs('PNG: the view on screen', 1);
  expect(pngView?.name).toBe(
    'jharkhand-and-japanese-partners-investment-and-technology-meetings-in-delhi-screen-view.png',
  );
  const png = readFileSync(pngView?.path ?? '');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const canvasWidth = await page.evaluate(() => window.cy!.width());
  // Twice the canvas, and the legend's panel of 320 CSS pixels beside it.
  expect(png.readUInt32BE(16)).toBe(Math.round(canvasWidth * 2) + 2 * 320);

  const [pngWhole] = await exportAs('PNG: the whole visible graph', 1);
  expect(pngWhole?.name).toMatch(/-graph\.png$/);
  const [svg] = await exportAs('SVG: the whole visible graph, as a vector', 1);
  expect(svg?.name).toMatch(/-graph\.svg$/);
  const svgText = readFileSync(svg?.path ?? '', 'utf8');
  expect(svgText).toMatch(/^<\?xml[^>]*>\n<svg /);
  expect(svgText).toContain('>Hemant Soren</tspan>');
  expect(svgText).not.toContain('>Health services<');
  // The legend beside the drawing: the title, what the shapes mean, and the filter in force.
  const legend = /<g class="legend".*?<\/g>/s.exec(svgText)?.[0] ?? '';
  // Its text as read: lines wrapped to the panel, joined again.
  const legendText = legend.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  expect(legendText).toContain(
    'Jharkhand and Japanese partners: investment and technology meetings in Delhi',
  );
  expect(legendText).toContain('Node types (shape and fill) Person Government body');
  expect(legendText).toMatch(/Filters: Sectors: Industry &amp; infrastructure, Investment/);

  const [json] = await exportAs('JSON graph file of the filtered view', 1);
  expect(json?.name).toMatch(/-view\.graph\.json$/);
  const csv = await exportAs('CSV: nodes and edges of the filtered view', 2);
  expect(csv.map((f) => f.name.replace(/^.*-view-/, ''))).toEqual(['nodes.csv', 'edges.csv']);
  const [graphml] = await exportAs('GraphML of the filtered view (yEd, Cytoscape, Gephi)', 1);
  expect(graphml?.name).toMatch(/-view\.graphml$/);
  const [gexf] = await exportAs('GEXF of the filtered view (Gephi)', 1);
  expect(gexf?.name).toMatch(/-view\.gexf$/);

  const copy = (f: { name: string; path: string } | undefined) => {
    const to = test.info().outputPath(f?.name ?? 'x');
    copyFileSync(f?.path ?? '', to);
    return to;
  };
  await openFiles(page, [copy(json)]);
  // The filtered view, loaded as a graph of its own: everything in it shows.
  const edges = /· (\d+) of \d+ edges/.exec(filtered ?? '')?.[1];
  await expect(counts(page)).toHaveText(`40 of 40 nodes · ${edges} of ${edges} edges`);
  await openFiles(page, csv.map(copy));
  await expect(counts(page)).toHaveText(`40 of 40 nodes · ${edges} of ${edges} edges`);
  await openFiles(page, [copy(graphml)]);
  await expect(counts(page)).toHaveText(`40 of 40 nodes · ${edges} of ${edges} edges`);
  await openFiles(page, [copy(gexf)]);
  await expect(counts(page)).toHaveText(`40 of 40 nodes · ${edges} of ${edges} edges`);
  // Evidence came back through every format: the first relationship still quotes its source.
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Hemant Soren/ })
    .click();
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByLabel('Quoted verbatim from the source')
      .first(),
  ).toBeVisible();
});

test('a bad file opened in the Hindi interface is reported in Hindi, where it is wrong', async ({
  page,
}) => {
  await page.goto('/?lang=hi');
  await waitForCanvas(page);
  await openFiles(page, [fixture('dangling-edge.graph.json')]);
  await expect(report(page).getByRole('heading')).toHaveText(
    '“dangling-edge.graph.json” लोड नहीं हो सका',
  );
  await expect(report(page).getByRole('listitem')).toHaveText([
    'dangling-edge.graph.json: edges[0].target: "jetro" किसी नोड की id नहीं है',
    'dangling-edge.graph.json: edges[0].relation: "funds" किसी संबंध-प्रकार की id नहीं है; इसे "relations" में घोषित करें',
  ]);
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(41);
});

test('on a phone, a bad file chosen from the menu: the menu folds away and the report is in view', async ({
  browser,
}) => {
  const { context, page } = await phonePage(browser, '/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.tap();
  await openFiles(page, [fixture('dangling-edge.graph.json')]);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(report(page).getByRole('heading')).toHaveText(
    'Could not load “dangling-edge.graph.json”',
  );
  await expect(report(page).getByRole('heading')).toBeInViewport();
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length)).toBe(41);
  await context.close();
});

test('?data= loads a file published beside the app, by a relative path', async ({ page }) => {
  await page.route('**/maps/partners.gexf', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/xml',
      body: `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="Aditi Puri"/><node id="b" label="JICA"/></nodes><edges><edge id="0" source="a" target="b"/></edges></graph></gexf>`,
    }),
  );
  await page.goto('/?data=maps/partners.gexf');
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  await expect(origin(page)).toContainText('/maps/partners.gexf');
  await waitForCanvas(page);
  // An undirected graph is drawn without arrows.
  expect(
    await page.evaluate(() => window.cy!.edges().map((e) => String(e.style('target-arrow-shape')))),
  ).toEqual(['none']);
  // Another site over plain http is refused, with the reason.
  await page.goto(`/?data=${encodeURIComponent('http://data.example.org/g.json')}`);
  await expect(report(page)).toContainText(
    'only https:// addresses and files on this site can be loaded',
  );
});

test('a Gephi file opens as Gephi drew it, in its own colours, and can take ours', async ({
  page,
}) => {
  const path = test.info().outputPath('drawn.gexf');
  writeFileSync(
    path,
    `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="w" label="West"><viz:position x="-400" y="0"/><viz:color r="255" g="0" b="0"/><viz:size value="40"/></node>
      <node id="e" label="East"><viz:position x="400" y="0"/><viz:color r="0" g="0" b="255"/></node>
      <node id="n" label="North"><viz:position x="0" y="300"/></node>
    </nodes>
    <edges><edge id="0" source="w" target="e" weight="1"/><edge id="1" source="w" target="n" weight="9"/></edges>
  </graph>
</gexf>`,
  );
  await page.goto('/');
  await waitForCanvas(page);
  await openFiles(page, [path]);
  await expect(counts(page)).toHaveText('3 of 3 nodes · 2 of 2 edges');
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('preset');
  await waitForCanvas(page);
  const drawn = await page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.nodes()
        .map((n) => [
          n.id(),
          { ...n.renderedPosition(), fill: String(n.style('background-color')) },
        ]),
    ),
  );
  // West left of East on one line, North above both: the picture Gephi drew.
  expect(drawn.w!.x).toBeLessThan(drawn.e!.x);
  expect(Math.round(drawn.w!.y)).toBe(Math.round(drawn.e!.y));
  expect(drawn.n!.y).toBeLessThan(drawn.w!.y);
  expect([drawn.w!.fill, drawn.e!.fill]).toEqual(['rgb(255,0,0)', 'rgb(0,0,255)']);
  // Heavier edges are drawn wider.
  const widths = await page.evaluate(() =>
    window.cy!.edges().map((e) => parseFloat(String(e.style('width')))),
  );
  expect(widths[1]!).toBeGreaterThan(widths[0]!);
  await page.getByRole('checkbox', { name: 'Colours and sizes from the file' }).uncheck();
  await expect
    .poll(() =>
      page.evaluate(() => String(window.cy!.getElementById('w').style('background-color'))),
    )
    .not.toBe('rgb(255,0,0)');
  await expect(page).toHaveURL(/[?&]look=app/);
});

test('a reload keeps the user’s graph until they go back to the shipped data', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openFiles(page, [fixture('import/kumu-nodes.csv'), fixture('import/kumu-edges.csv')]);
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^ZIADA/ })
    .click();
  // The page says when the graph is kept; a reload before that would lose it.
  await expect(page.getByTestId('kept')).toHaveText('· kept in this browser');
  await page.reload();
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  await expect(origin(page)).toContainText('Data: your file kumu-nodes.csv + kumu-edges.csv');
  await expect(
    page.getByText('Restored your data from your last visit', { exact: false }),
  ).toBeVisible();
  // The link's selection applies to the restored graph.
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveText(/ZIADA/);
  // A failed import changes nothing, the kept copy included.
  await openFiles(page, [fixture('dangling-edge.graph.json')]);
  await expect(report(page)).toContainText('Could not load');
  await page.reload();
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  await page.getByRole('button', { name: 'Back to the shipped data set' }).click();
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  await page.reload();
  await expect(counts(page)).toHaveText('41 of 41 nodes · 59 of 59 edges');
  await expect(page.getByRole('button', { name: 'Back to the shipped data set' })).toHaveCount(0);
});

test('names kept in another field are found, and can become the labels', async ({ page }) => {
  const path = test.info().outputPath('rail.cyjs');
  writeFileSync(
    path,
    JSON.stringify({
      elements: {
        nodes: [
          { data: { id: 'n1', station_name: 'Ranchi Junction', group: 'Place' } },
          { data: { id: 'n2', station_name: 'Hatia', group: 'Place' } },
        ],
        edges: [{ data: { id: 'e1', source: 'n1', target: 'n2' } }],
      },
    }),
  );
  await page.goto('/');
  await waitForCanvas(page);
  await openFiles(page, [path]);
  await expect(counts(page)).toHaveText('2 of 2 nodes · 1 of 1 edges');
  const search = page.getByRole('combobox', { name: 'Search people, organisations and topics' });
  await search.fill('hatia');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText(['n2matched “Hatia”']);
  await search.fill('');
  await page.getByRole('combobox', { name: 'Take labels from' }).selectOption('station_name');
  const list = page.getByRole('region', { name: /Visible nodes/ });
  await expect(list.getByRole('button')).toHaveText([/Hatia/, /Ranchi Junction/]);
  // The page says when the choice is kept; a reload before that would lose it.
  await expect(page.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
  await page.reload();
  await expect(list.getByRole('button')).toHaveText([/Hatia/, /Ranchi Junction/]);
  await waitForCanvas(page);
  expect(await page.evaluate(() => window.cy!.nodes().map((n) => String(n.data('en'))))).toEqual([
    'Ranchi Junction',
    'Hatia',
  ]);
});

test('a laid-out graph comes back after a reload exactly where it was, as drawn', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await openFiles(page, [fixture('import/kumu-nodes.csv'), fixture('import/kumu-edges.csv')]);
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  await waitForCanvas(page);
  await expect(page.getByTestId('kept')).toHaveText('· kept in this browser');
  const where = () =>
    page.evaluate(() =>
      Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), n.position()] as const)),
    );
  const before = await where();
  await page.reload();
  await expect(counts(page)).toHaveText('5 of 5 nodes · 4 of 4 edges');
  await waitForCanvas(page);
  // The kept copy carries the positions, so the graph opens as it was drawn, not laid out anew.
  await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('preset');
  expect(await where()).toEqual(before);
});
