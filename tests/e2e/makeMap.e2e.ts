import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, placeOf } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });
// A whole session of work, step by step, each waiting on what the user would see.
test.setTimeout(120_000);

const sheet = (page: Page) => page.getByRole('dialog');
const nodeCount = (page: Page) => page.evaluate(() => window.cy?.nodes().length ?? -1);
const edgeCount = (page: Page) => page.evaluate(() => window.cy?.edges().length ?? -1);

/** Adds a node through the New node form, as a user types it. */
async function addNode(
  page: Page,
  type: string,
  en: string,
  hi: string,
  organisation?: string,
): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'संपादन' })
    .getByRole('button', { name: 'नया नोड' })
    .click();
  const form = sheet(page);
  await form.getByLabel('प्रकार', { exact: true }).selectOption({ label: type });
  await form.getByLabel('अंग्रेज़ी में नाम').fill(en);
  await form.getByLabel('हिन्दी में नाम (वैकल्पिक)').fill(hi);
  if (organisation) {
    await form.getByRole('combobox', { name: 'संस्था', exact: true }).fill(organisation);
    await form.getByRole('option', { name: organisation }).click();
    await expect(form.getByRole('combobox', { name: 'संस्था', exact: true })).toHaveValue(
      organisation,
    );
  }
  await form.getByRole('button', { name: 'नोड जोड़ें' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.locator('#side-panel h3').first()).toHaveText(hi);
}

/** Chooses a node in one of the relationship form's comboboxes by typing part of its name. */
async function chooseEnd(page: Page, label: string, typed: string, option: string) {
  const box = sheet(page).getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await sheet(page)
    .getByRole('listbox', { name: label, exact: true })
    .getByRole('option', { name: option })
    .click();
}

test('in Hindi: a new map of a meeting, made, linked, corrected, undone and kept over a reload', async ({
  page,
}) => {
  await page.goto('/?lang=hi');
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-layout', 'idle');
  await page.getByRole('button', { name: 'नया नक्शा' }).click();
  await expect(page.getByRole('button', { name: 'संपादन' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('data-origin')).toHaveText(
    'डेटा: आपका नया नक्शा “बिना शीर्षक का नक्शा”',
  );
  expect(await nodeCount(page)).toBe(0);

  await addNode(page, 'संस्था', 'JETRO India', 'जेट्रो इंडिया');
  await addNode(page, 'व्यक्ति', 'Suzuki Takashi', 'सुजुकी ताकाशी', 'जेट्रो इंडिया');
  await addNode(page, 'व्यक्ति', 'Arva Rajkamal', 'अरवा राजकमल');
  await addNode(page, 'बैठक', 'Meeting with JETRO', 'जेट्रो से बैठक');
  expect(await nodeCount(page)).toBe(4);
  expect(await edgeCount(page)).toBe(0);

  // A relationship from the selected node's details, with a relation made on the way.
  await page.locator('#side-panel').getByRole('button', { name: 'इससे जोड़ें…' }).click();
  await chooseEnd(page, 'तक', 'सुजुकी', 'सुजुकी ताकाशी');
  await sheet(page)
    .getByLabel('संबंध-प्रकार', { exact: true })
    .selectOption({ label: 'नया संबंध-प्रकार…' });
  await sheet(page).getByLabel('अंग्रेज़ी में नया संबंध-प्रकार').fill('took part in');
  await sheet(page).getByLabel('हिन्दी में नया संबंध-प्रकार (वैकल्पिक)').fill('भाग लिया');
  await sheet(page).getByRole('button', { name: 'संबंध जोड़ें' }).click();
  await expect(sheet(page)).toHaveCount(0);
  await expect.poll(() => edgeCount(page)).toBe(1);

  // The second from the toolbar's Link to…, with the relation now on the list, and evidence.
  await page
    .locator('#node-list')
    .getByRole('button', { name: /अरवा राजकमल/ })
    .click();
  await page.keyboard.press('l');
  await expect(sheet(page).getByRole('combobox', { name: 'से', exact: true })).toHaveValue(
    'अरवा राजकमल',
  );
  await chooseEnd(page, 'तक', 'बैठक', 'जेट्रो से बैठक');
  await sheet(page).getByLabel('स्रोत का वाक्य, शब्दशः').fill('अरवा राजकमल ने बैठक में भाग लिया।');
  // A quote needs its source: the first one is named here, in the same step.
  await sheet(page).getByRole('button', { name: 'संबंध जोड़ें' }).click();
  await expect(sheet(page).getByRole('alert').first()).toHaveText('ख़ाली नहीं होना चाहिए');
  expect(await edgeCount(page)).toBe(1);
  await sheet(page).getByLabel('स्रोत का शीर्षक').fill('Jharkhand delegation meets JETRO');
  await sheet(page).getByLabel('प्रकाशक').fill('Dainik Bhaskar');
  await sheet(page).getByRole('button', { name: 'संबंध जोड़ें' }).click();
  await expect.poll(() => edgeCount(page)).toBe(2);

  // The third by drawing from one node to another on the canvas.
  await page.getByRole('button', { name: 'खींचकर जोड़ें' }).click();
  // Its code arrives when first asked for; the canvas says when a drag will draw a link.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-draw-links', 'on');
  const from = await placeOf(page, 'jetro-india');
  const to = await placeOf(page, 'meeting-with-jetro');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  await expect(sheet(page).getByRole('combobox', { name: 'से', exact: true })).toHaveValue(
    'जेट्रो इंडिया',
  );
  await expect(sheet(page).getByRole('combobox', { name: 'तक', exact: true })).toHaveValue(
    'जेट्रो से बैठक',
  );
  // Only the form makes the relationship: the drawn line is not one yet.
  expect(await edgeCount(page)).toBe(2);
  await sheet(page).getByRole('button', { name: 'संबंध जोड़ें' }).click();
  await expect.poll(() => edgeCount(page)).toBe(3);
  await page.getByRole('button', { name: 'खींचकर जोड़ें' }).click();

  // Rename by F2, then undo and redo it by the keys.
  await page
    .locator('#node-list')
    .getByRole('button', { name: /जेट्रो इंडिया/ })
    .click();
  await page.keyboard.press('F2');
  await expect(page.getByLabel('अंग्रेज़ी में नाम')).toBeFocused();
  await page.keyboard.type('JETRO New Delhi');
  await page.getByLabel('हिन्दी में नाम (वैकल्पिक)').fill('जेट्रो नई दिल्ली');
  await page.getByRole('button', { name: 'नोड सहेजें' }).click();
  const title = page.locator('#side-panel h3').first();
  await expect(title).toHaveText('जेट्रो नई दिल्ली');
  await expect(page.getByRole('button', { name: /^वापस लें: / })).toHaveAccessibleName(
    'वापस लें: “जेट्रो इंडिया” का नाम बदलकर “जेट्रो नई दिल्ली”',
  );
  await page.locator('#graph').focus();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveText('जेट्रो इंडिया');
  await expect(page.getByTestId('edit-said')).toHaveText(
    'वापस लिया गया: “जेट्रो इंडिया” का नाम बदलकर “जेट्रो नई दिल्ली”।',
  );
  await page.keyboard.press('Control+y');
  await expect(title).toHaveText('जेट्रो नई दिल्ली');

  // Delete a relationship, and bring it back.
  await page.evaluate(() => window.cy!.edges().length);
  const drawnEdge = await page.evaluate(() =>
    window
      .cy!.edges()
      .filter((e) => e.data('en') === 'took part in')[0]!
      .id(),
  );
  await page.evaluate((id) => window.cy!.$id(id).emit('tap'), drawnEdge);
  await page.getByRole('button', { name: 'यह संबंध हटाएं' }).click();
  await expect.poll(() => edgeCount(page)).toBe(2);
  await page.getByRole('button', { name: /^वापस लें: संबंध/ }).click();
  await expect.poll(() => edgeCount(page)).toBe(3);

  // The history names every step; a reload brings back the map and its history.
  await page.getByRole('button', { name: 'इतिहास' }).click();
  const steps = sheet(page).getByRole('listitem');
  // Where it opened, eight steps done, and the deletion undone (still there to redo).
  await expect(steps).toHaveCount(10);
  await expect(steps.nth(1)).toHaveText('“जेट्रो इंडिया” जोड़ें');
  await expect(steps.nth(8)).toHaveText('“जेट्रो इंडिया” का नाम बदलकर “जेट्रो नई दिल्ली” (अभी)');
  await expect(steps.nth(9)).toHaveText('संबंध “भाग लिया” हटाएं (वापस लिया गया)');
  await expect(page.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
  await page.reload();
  await expect.poll(() => nodeCount(page)).toBe(4);
  expect(await edgeCount(page)).toBe(3);
  await page.getByRole('button', { name: 'संपादन' }).click();
  await expect(page.getByRole('button', { name: /^वापस लें: / })).toHaveAccessibleName(
    'वापस लें: “जेट्रो इंडिया” का नाम बदलकर “जेट्रो नई दिल्ली”',
  );
  await page.getByRole('button', { name: 'इतिहास' }).click();
  await expect(sheet(page).getByRole('listitem')).toHaveCount(10);
  // A step back through the history panel: the map as it was before the rename.
  await sheet(page).getByRole('button', { name: '“जेट्रो से बैठक” जोड़ें' }).click();
  await expect.poll(() => edgeCount(page)).toBe(0);
  expect(await nodeCount(page)).toBe(4);
  await sheet(page)
    .getByRole('button', { name: /^“जेट्रो इंडिया” का नाम बदलकर/ })
    .click();
  await expect.poll(() => edgeCount(page)).toBe(3);
  expect(await page.evaluate(() => String(window.cy!.$id('jetro-india').data('hi')))).toBe(
    'जेट्रो नई दिल्ली',
  );
});
