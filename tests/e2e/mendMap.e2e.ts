import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, loadFiles, phonePage, placeOf, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

const sheet = (page: Page) => page.getByRole('dialog');
const nodeCount = (page: Page) => page.evaluate(() => window.cy?.nodes().length ?? -1);
const positionOf = (page: Page, id: string) =>
  page.evaluate((nodeId) => window.cy!.getElementById(nodeId).position(), id);

async function addNode(page: Page, type: string, en: string, hi = '') {
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'New node' })
    .click();
  await sheet(page).getByLabel('Type', { exact: true }).selectOption({ label: type });
  await sheet(page).getByLabel('Name in English').fill(en);
  await sheet(page).getByLabel('Name in Hindi (optional)').fill(hi);
  await sheet(page).getByRole('button', { name: 'Add the node' }).click();
  await expect(sheet(page)).toHaveCount(0);
}

test('a node dragged stays where it was put, and undo puts it back exactly', async ({ page }) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('toolbar', { name: 'Editing' })).toBeVisible();
  await waitForCanvas(page);
  const start = await positionOf(page, 'nec');
  const from = await placeOf(page, 'nec');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 30, { steps: 4 });
  await page.mouse.move(from.x + 80, from.y + 60, { steps: 4 });
  await page.mouse.up();
  const undo = page.getByRole('button', { name: /^Undo: / });
  await expect(undo).toHaveAccessibleName('Undo: move “NEC Corporation”');
  const moved = await positionOf(page, 'nec');
  const zoom = await page.evaluate(() => window.cy!.zoom());
  // Where the pointer let go, less the few pixels Cytoscape waits before a press is a drag.
  expect((moved.x - start.x) * zoom).toBeGreaterThan(74);
  expect((moved.x - start.x) * zoom).toBeLessThanOrEqual(80);
  expect((moved.y - start.y) * zoom).toBeGreaterThan(54);
  expect((moved.y - start.y) * zoom).toBeLessThanOrEqual(60);
  await undo.click();
  await expect.poll(() => positionOf(page, 'nec')).toEqual(start);
  await page.getByRole('button', { name: 'Redo: move “NEC Corporation”' }).click();
  await expect.poll(() => positionOf(page, 'nec')).toEqual(moved);
});

test('possible duplicates across scripts and acronyms: merge keeps every quote, undo brings both back', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Possible duplicates' })
    .click();
  await expect(sheet(page)).toContainText('No two nodes look like the same one.');
  await sheet(page).getByRole('button', { name: 'Close' }).click();
  // The same person typed again in Hindi only, and an organisation by its acronym.
  await addNode(page, 'Person', '', 'सुजुकी ताकाशी');
  await addNode(page, 'Organisation', 'JICA');
  expect(await nodeCount(page)).toBe(43);
  const evidence = await page.evaluate(
    () => window.cy!.$id('suzuki-takashi').connectedEdges().length,
  );
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Possible duplicates' })
    .click();
  const pairs = sheet(page).getByRole('listitem');
  await expect(pairs).toHaveCount(2);
  await expect(pairs.nth(0).getByRole('paragraph')).toHaveText(
    '“Suzuki Takashi” and “सुजुकी ताकाशी”: sound the same',
  );
  await expect(pairs.nth(1).getByRole('paragraph')).toHaveText(
    '“Japan International Cooperation Agency (JICA)” and “JICA”: one is the other’s acronym',
  );
  // Not the same: remembered, so the pair is not offered again.
  await pairs.nth(1).getByRole('button', { name: 'Not the same' }).click();
  await expect(pairs).toHaveCount(1);
  await pairs.nth(0).getByRole('button', { name: 'Merge' }).click();
  await expect(sheet(page)).toContainText('Merge 2 nodes');
  await sheet(page).getByRole('radio', { name: 'Suzuki Takashi' }).check();
  await sheet(page).getByRole('button', { name: 'Merge them' }).click();
  await expect.poll(() => nodeCount(page)).toBe(42);
  await expect(page.locator('#side-panel h3').first()).toHaveText('Suzuki Takashi');
  // The Hindi spelling is now one of his names; every relationship and quote stays his.
  await expect(page.locator('#side-panel')).toContainText('सुजुकी ताकाशी');
  expect(await page.evaluate(() => window.cy!.$id('suzuki-takashi').connectedEdges().length)).toBe(
    evidence,
  );
  await page.getByRole('button', { name: 'Undo: merge 2 nodes into “Suzuki Takashi”' }).click();
  await expect.poll(() => nodeCount(page)).toBe(43);
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Possible duplicates' })
    .click();
  await expect(sheet(page).getByRole('listitem')).toHaveCount(1);
});

test('in Hindi: an edited map exported as JSON and as GEXF reads back as the same graph', async ({
  page,
}) => {
  await page.goto('/?lang=hi');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'संपादन' }).click();
  await page
    .getByRole('toolbar', { name: 'संपादन' })
    .getByRole('button', { name: 'नया नोड' })
    .click();
  await sheet(page).getByLabel('अंग्रेज़ी में नाम').fill('Invest India');
  await sheet(page).getByLabel('हिन्दी में नाम (वैकल्पिक)').fill('इन्वेस्ट इंडिया');
  await sheet(page).getByLabel('प्रकार', { exact: true }).selectOption({ label: 'संस्था' });
  await sheet(page).getByRole('button', { name: 'नोड जोड़ें' }).click();
  await expect.poll(() => nodeCount(page)).toBe(42);
  const graphOf = () =>
    page.evaluate(() => ({
      nodes: window
        .cy!.nodes()
        .map((n) => `${n.id()} ${String(n.data('en'))} ${String(n.data('hi'))}`)
        .sort(),
      edges: window
        .cy!.edges()
        .map((e) => e.id())
        .sort(),
    }));
  const before = await graphOf();
  const exportAs = async (label: string) => {
    const download = page.waitForEvent('download');
    await page.getByText('निर्यात', { exact: true }).click();
    await page.getByRole('button', { name: label }).click();
    return (await (await download).path()) ?? '';
  };
  const json = await exportAs('फ़िल्टर किए दृश्य की JSON ग्राफ़ फ़ाइल');
  expect(readFileSync(json, 'utf8')).toContain('"इन्वेस्ट इंडिया"');
  const gexf = await exportAs('फ़िल्टर किए दृश्य का GEXF (Gephi)');
  for (const file of [json, gexf]) {
    await loadFiles(page, [file]);
    await waitForCanvas(page);
    expect(await graphOf()).toEqual(before);
  }
});

test('two tabs: only the first keeps the map; the other says so and offers an export', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/');
  await waitForCanvas(first);
  await first.getByRole('button', { name: 'Edit', exact: true }).click();
  await addNode(first, 'Person', 'Aditi Sharma');
  await expect(first.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
  const second = await context.newPage();
  await second.goto('/');
  await expect.poll(() => nodeCount(second)).toBe(42);
  await second.getByRole('button', { name: 'Edit', exact: true }).click();
  await addNode(second, 'Person', 'Rahul Verma');
  await expect(second.getByTestId('kept')).toHaveAttribute('data-kept', 'elsewhere');
  await expect(second.getByRole('status').filter({ hasText: 'another tab' })).toContainText(
    'This map is being edited in another tab of this browser.',
  );
  await expect(second.getByRole('button', { name: 'Export it' })).toBeVisible();
  // Once the first tab is closed, the next edit here is kept.
  await first.close();
  await addNode(second, 'Person', 'Meera Iyer');
  await expect(second.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
});

test('phone, by touch: a node added, linked, dragged with a finger and the drag undone', async ({
  browser,
}) => {
  const { context, page } = await phonePage(browser, '/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.tap();
  await page.getByRole('button', { name: 'Edit', exact: true }).tap();
  // Editing started, the menu folds away by itself: the map and its edit bar are in view, and
  // the focus is back on the menu's button.
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  const tools = page.getByRole('toolbar', { name: 'Editing' });
  await expect(tools).toBeInViewport();
  await tools.getByRole('button', { name: 'New node' }).tap();
  // The form rises from the bottom, on screen, with targets a finger can hit.
  await expect(sheet(page)).toBeInViewport();
  const name = sheet(page).getByLabel('Name in English');
  expect((await name.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await name.fill('Invest India');
  await sheet(page).getByLabel('Type', { exact: true }).selectOption({ label: 'Organisation' });
  await sheet(page).getByRole('button', { name: 'Add the node' }).tap();
  await expect.poll(() => nodeCount(page)).toBe(42);

  await tools.getByRole('button', { name: 'Link to…' }).tap();
  await sheet(page).getByRole('combobox', { name: 'To', exact: true }).fill('JETRO Ind');
  await sheet(page)
    .getByRole('listbox', { name: 'To' })
    .getByRole('option', { name: 'JETRO India', exact: true })
    .tap();
  await sheet(page).getByRole('button', { name: 'Add the relationship' }).tap();
  await expect
    .poll(() => page.evaluate(() => window.cy!.$id('invest-india').degree(false)))
    .toBe(1);

  // One finger on the node, moved and lifted: a drag, kept, and undone from the tools.
  await page
    .getByRole('button', { name: 'Close' })
    .first()
    .tap()
    .catch(() => undefined);
  // The finger goes where the node is drawn once the camera has stopped, on the canvas itself.
  await waitForCanvas(page);
  const start = await positionOf(page, 'invest-india');
  const from = await placeOf(page, 'invest-india');
  expect(
    await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid=graph-canvas]') !== null,
      from,
    ),
  ).toBe(true);
  const cdp = await context.newCDPSession(page);
  const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', dx: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: from.x + dx, y: from.y + dx / 2, id: 1 }],
    });
  await finger('touchStart', 0);
  for (const dx of [10, 20, 30, 40]) await finger('touchMove', dx);
  await finger('touchEnd', 40);
  const undo = tools.getByRole('button', { name: 'Undo: move “Invest India”' });
  await expect(undo).toBeVisible();
  expect(await positionOf(page, 'invest-india')).not.toEqual(start);
  await undo.tap();
  await expect.poll(() => positionOf(page, 'invest-india')).toEqual(start);

  // Kept on the phone too: after a reload the node, its link and the history are there.
  await expect(page.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(() => nodeCount(page)).toBe(42);
  expect(await page.evaluate(() => window.cy!.$id('invest-india').degree(false))).toBe(1);
  await menu.tap();
  await page.getByRole('button', { name: 'Edit', exact: true }).tap();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(tools.getByRole('button', { name: 'Redo: move “Invest India”' })).toBeVisible();

  // And exported from the menu by touch, as our JSON, with the node in it.
  await page.getByRole('button', { name: 'Menu' }).tap();
  const download = page.waitForEvent('download');
  await page.getByText('Export', { exact: true }).tap();
  await page.getByRole('button', { name: /^JSON graph file/ }).tap();
  const file = (await (await download).path()) ?? '';
  expect(readFileSync(file, 'utf8')).toContain('"Invest India"');
  await context.close();
});

test('several nodes picked by Shift-click and by a box: their type set together, deleted together, undone', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const tools = page.getByRole('toolbar', { name: 'Editing' });
  for (const [id, count] of [
    ['jica', '1 node picked'],
    ['nec', '2 nodes picked'],
  ] as const) {
    // The pointer rests on the node (the canvas marks it hovered) before the press, as panels
    // opening may still move the canvas; each pick is seen before the next.
    await waitForCanvas(page);
    await expect
      .poll(async () => {
        const at = await placeOf(page, id);
        await page.mouse.move(at.x, at.y);
        return page.evaluate(() => window.cyLayer!.$('node.hover').map((n) => n.id()));
      })
      .toEqual([id]);
    await page.keyboard.down('Shift');
    await page.mouse.down();
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect(tools.getByTestId('picked-count')).toHaveText(count);
  }
  await tools.getByLabel('Set their type').selectOption({ label: 'Government body' });
  await expect(page.getByRole('button', { name: 'Undo: edit 2 nodes' })).toBeVisible();
  expect(await page.evaluate(() => window.cy!.$('.type-government').map((n) => n.id()))).toEqual(
    expect.arrayContaining(['jica', 'nec']),
  );
  await page.getByRole('button', { name: 'Undo: edit 2 nodes' }).click();
  await expect
    .poll(() => page.evaluate(() => window.cy!.$id('jica').hasClass('type-organisation')))
    .toBe(true);

  // A box drawn with Shift around the three Japanese people adds them to the two.
  const people = ['suzuki-takashi', 'aditi-puri', 'ryohei-aiba'];
  const places = await Promise.all(people.map((id) => placeOf(page, id)));
  // Wide enough to hold each node's whole body, which is what a box picks.
  const left = Math.min(...places.map((p) => p.x)) - 30;
  // Started at the canvas's empty right edge: a press on a node or line would drag it instead.
  const canvasBox = (await page.locator('#graph').boundingBox())!;
  const right = canvasBox.x + canvasBox.width - 6;
  const top = Math.min(...places.map((p) => p.y)) - 30;
  const bottom = Math.max(...places.map((p) => p.y)) + 30;
  await page.keyboard.down('Shift');
  await page.mouse.move(right, top);
  await page.mouse.down();
  await page.mouse.move((left + right) / 2, (top + bottom) / 2, { steps: 4 });
  await page.mouse.move(left, bottom, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  // Every node in the box is marked as picked, with the two from before; the count says so.
  const marked = () => page.evaluate(() => window.cy!.$('node.picked').map((n) => n.id()));
  await expect.poll(marked).toEqual(expect.arrayContaining([...people, 'jica', 'nec']));
  const picked = (await marked()).length;
  await expect(tools.getByTestId('picked-count')).toHaveText(`${picked} nodes picked`);
  const nodes = await nodeCount(page);
  await tools.getByRole('button', { name: `Delete ${picked} nodes` }).click();
  await expect.poll(() => nodeCount(page)).toBe(nodes - picked);
  await page.locator('#graph').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => nodeCount(page)).toBe(nodes);
  // The Delete key deletes the selected node: one step, undone the same way.
  await page
    .locator('#node-list')
    .getByRole('button', { name: /^JETRO India/ })
    .click();
  await page.locator('#graph').focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => nodeCount(page)).toBe(nodes - 1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => nodeCount(page)).toBe(nodes);
});
