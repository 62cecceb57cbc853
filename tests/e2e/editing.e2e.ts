import { expect, test } from '@playwright/test';
import { failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

test('in the Hindi interface: rename a node, undo and redo it, delete one and bring it back', async ({
  page,
}) => {
  await page.goto('/?lang=hi&node=jetro-india');
  await waitForCanvas(page);
  // Viewing is the default: no editor until the switch is on.
  await expect(page.getByRole('region', { name: 'इस नोड को संपादित करें' })).toHaveCount(0);
  await page.getByRole('button', { name: 'संपादन' }).click();
  const editor = page.getByRole('region', { name: 'इस नोड को संपादित करें' });
  await editor.getByLabel('अंग्रेज़ी में नाम').fill('JETRO New Delhi');
  await editor.getByLabel('हिन्दी में नाम (वैकल्पिक)').fill('जेट्रो नई दिल्ली');
  await editor.getByRole('button', { name: 'नोड सहेजें' }).click();
  const title = page.locator('#side-panel h3').first();
  await expect(title).toHaveText('जेट्रो नई दिल्ली');
  await expect(page.getByTestId('edit-said')).toHaveText(
    'किया गया: “JETRO इंडिया” का नाम बदलकर “जेट्रो नई दिल्ली”।',
  );
  await expect
    .poll(() => page.evaluate(() => String(window.cy!.$id('jetro-india').data('hi'))))
    .toBe('जेट्रो नई दिल्ली');
  // The undo button says what it would undo; the keys do the same.
  const undo = page.getByRole('button', { name: /^वापस लें: / });
  await expect(undo).toHaveAccessibleName('वापस लें: “JETRO इंडिया” का नाम बदलकर “जेट्रो नई दिल्ली”');
  await page.locator('#graph').focus();
  await page.keyboard.press('Control+z');
  await expect(title).toHaveText('JETRO इंडिया');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveText('जेट्रो नई दिल्ली');

  // An empty name is refused at its field, and nothing changes.
  await editor.getByLabel('अंग्रेज़ी में नाम').fill('');
  await editor.getByLabel('हिन्दी में नाम (वैकल्पिक)').fill('');
  await editor.getByRole('button', { name: 'नोड सहेजें' }).click();
  await expect(editor.getByRole('alert')).toHaveText('ख़ाली नहीं होना चाहिए');
  await expect(editor.getByLabel('अंग्रेज़ी में नाम')).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveText('जेट्रो नई दिल्ली');

  // Deleting says what goes with it; undo brings the node and its relationships back.
  await expect(editor).toContainText('इसे हटाने से 3 संबंध');
  const edges = await page.evaluate(() => window.cy!.edges().length);
  await editor.getByRole('button', { name: 'यह नोड हटाएं' }).click();
  await expect.poll(() => page.evaluate(() => window.cy!.$id('jetro-india').length)).toBe(0);
  await page.getByRole('button', { name: /^वापस लें: “जेट्रो नई दिल्ली” हटाएं/ }).click();
  await expect.poll(() => page.evaluate(() => window.cy!.$id('jetro-india').length)).toBe(1);
  expect(await page.evaluate(() => window.cy!.edges().length)).toBe(edges);
});
