import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, loadFiles, phonePage, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

const current = (page: Page) => page.locator('.source-text mark[data-current]');
/** The highlighted words of the current passage, as one string. */
const currentText = (page: Page) =>
  current(page).evaluateAll((marks) => marks.map((m) => m.textContent).join(''));

test('Show in source opens the article on exactly that quote, and the link keeps it', async ({
  page,
}) => {
  await page.goto('/?edge=e-jica-appreciated-gov-jharkhand');
  await waitForCanvas(page);
  const figure = page.locator('.details figure').first();
  const quote = await figure.locator('blockquote').textContent();
  await figure.getByRole('button', { name: /^Show in source: “.*”$/ }).click();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('source-summary')).toHaveText(
    '19 passages cited by 59 relationships',
  );
  await expect(page.getByText('Passage 7 of 19')).toBeVisible();
  expect(await currentText(page)).toBe(quote);
  await expect(current(page).first()).toBeFocused();
  await expect(current(page).first()).toBeInViewport();
  expect(new URL(page.url()).searchParams.get('read')).toBe(
    'article,e-jica-appreciated-gov-jharkhand,0',
  );

  // What cites the passage selects it on the canvas, the reader staying open.
  const citedBy = page.locator('.cited-by');
  await citedBy.getByRole('button', { name: /Health services$/ }).click();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('edge'))
    .toBe('e-meeting-jica-discussed-t-health-services');
  await expect(page.getByTestId('source-summary')).toBeVisible();

  // Stepping goes through the passages in reading order.
  await page.getByRole('button', { name: 'Next passage' }).click();
  await expect(page.getByText('Passage 8 of 19')).toBeVisible();
  const next = await currentText(page);
  expect(next).not.toBe(quote);
  expect(next.length).toBeGreaterThan(20);
  await expect(current(page).first()).toBeInViewport();

  // A shared link opens on the same passage.
  await page.goto('/?read=article,e-jica-appreciated-gov-jharkhand,0');
  await waitForCanvas(page);
  await expect(page.getByText('Passage 7 of 19')).toBeVisible();
  expect(await currentText(page)).toBe(quote);

  // The table's evidence column reaches the passage too.
  await page.getByRole('button', { name: 'Table', exact: true }).click();
  await page.getByRole('button', { name: 'Relations', exact: true }).click();
  await page.getByLabel('Filter rows').fill('Health services');
  const row = page.getByRole('table').getByRole('row').nth(1);
  const cellQuote = await row.locator('.quote-cell').textContent();
  await row.getByRole('button', { name: /^Show in source: / }).click();
  expect(cellQuote).toContain(await currentText(page));
  await expect(page.getByText('Passage 7 of 19')).toBeVisible();

  await page.getByRole('button', { name: 'All sources' }).click();
  const list = page.locator('.source-list li');
  await expect(list).toHaveCount(1);
  await expect(list).toContainText('70 pieces of evidence in 59 relationships');
  await list
    .getByRole('button', { name: /^Read the text of “Meeting with representatives/ })
    .click();
  await expect(page.getByTestId('source-summary')).toBeVisible();
});

test('in the Hindi interface: every quote of a node is one click from its passage', async ({
  page,
}) => {
  await page.goto('/?lang=hi&node=suzuki-takashi');
  await waitForCanvas(page);
  // Suzuki Takashi's two relationships quote the article once each. The details render after
  // the canvas's first frame, so they are waited for, not counted at once.
  const figures = page.locator('.details figure');
  await expect(figures).toHaveCount(2);
  const count = 2;
  for (let i = 0; i < count; i++) {
    await page.goto('/?lang=hi&node=suzuki-takashi');
    await waitForCanvas(page);
    const figure = page.locator('.details figure').nth(i);
    const quote = await figure.locator('blockquote').textContent();
    await figure.getByRole('button', { name: /^स्रोत में देखें: / }).click();
    await expect(page.getByRole('tab', { name: 'स्रोत' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('source-summary')).toHaveText('19 अंश, 59 संबंधों द्वारा उद्धृत');
    await expect(page.getByText(/^अंश \d+ \/ 19$/)).toBeVisible();
    expect(await currentText(page)).toBe(quote);
  }
});

/** Selects words of the article's text as a mouse would, and lets go. */
async function selectWords(page: Page, words: string) {
  await page.locator('.source-text').evaluate((box, wanted) => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = (t.textContent ?? '').indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(t, at);
      range.setEnd(t, at + wanted.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      box.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return;
    }
    throw new Error(`not in one text node: ${wanted}`);
  }, words);
}

test('a passage selected in the article becomes a new relationship, its quote anchored', async ({
  page,
}) => {
  await page.goto('/?read=article');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByText('Select words in the text to take them as evidence.')).toBeVisible();
  const words = 'JETRO ने राज्य सरकार को पूर्ण सहयोग का भरोसा दिलाया';
  await selectWords(page, words);
  const capture = page.getByRole('region', { name: 'Selected passage' });
  await expect(capture.locator('q')).toHaveText(words);
  await expect(capture).toContainText('It names: Japan External Trade Organization');
  await capture.getByRole('button', { name: 'New relationship from this passage' }).click();
  const form = page.getByRole('dialog');
  await expect(form.getByLabel('The source’s sentence, word for word')).toHaveValue(words);
  await form.getByRole('combobox', { name: 'To', exact: true }).fill('Government of Jha');
  await form.getByRole('option', { name: 'Government of Jharkhand', exact: true }).click();
  await form.getByRole('button', { name: 'Add the relationship' }).click();
  // JETRO and the government are linked already: the new one joins their bundle.
  await expect(page.getByTestId('counts')).toContainText('60 of 60 edges');
  // Kept with its anchor: the reader now counts the passage among those cited.
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page.getByTestId('source-summary')).toHaveText(
    '20 passages cited by 60 relationships',
  );
});

test('a passage selected in the article is added as evidence to a relationship, in one step', async ({
  page,
}) => {
  await page.goto('/?lang=hi&read=article&edge=e-jica-appreciated-gov-jharkhand');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'संपादन' }).click();
  // The one line of the article no relationship cites yet: a subheading.
  const words = 'नए निवेश व तकनीकी सहयोग की दिशा में सरकार का बड़ा कदम';
  await selectWords(page, words);
  const capture = page.getByRole('region', { name: 'चुना गया अंश' });
  const english = 'A big step by the government towards new investment and technical cooperation';
  await capture.getByLabel('उसका अंग्रेज़ी अनुवाद (वैकल्पिक)').fill(english);
  await capture.getByRole('button', { name: 'साक्ष्य के रूप में जोड़ें' }).click();
  await expect(page.getByTestId('source-summary')).toHaveText('20 अंश, 59 संबंधों द्वारा उद्धृत');
  expect(await currentText(page)).toBe(words);
  await expect(page.getByRole('button', { name: /^वापस लें: / })).toHaveAccessibleName(
    /^वापस लें: संबंध “.*” में साक्ष्य जोड़ें$/,
  );

  // Exported as our JSON and as GEXF and opened again, the quote still opens on its passage.
  for (const label of ['फ़िल्टर किए दृश्य की JSON ग्राफ़ फ़ाइल', 'फ़िल्टर किए दृश्य का GEXF (Gephi)']) {
    const download = page.waitForEvent('download');
    await page.getByText('निर्यात', { exact: true }).click();
    await page.getByRole('button', { name: label }).click();
    const file = (await (await download).path()) ?? '';
    await loadFiles(page, [file]);
    await waitForCanvas(page);
    // The opened file is what a reload brings back once it is kept.
    await expect(page.getByTestId('kept')).toHaveAttribute('data-kept', 'saved');
    await page.goto(
      `${new URL(page.url()).pathname}?lang=hi&edge=e-jica-appreciated-gov-jharkhand`,
    );
    await waitForCanvas(page);
    const figure = page.locator('.details figure').last();
    await expect(figure.locator('blockquote')).toHaveText(words);
    await expect(figure.locator('.translation')).toContainText(english);
    if (label.includes('JSON')) {
      await figure.getByRole('button', { name: /^स्रोत में देखें: / }).click();
      expect(await currentText(page)).toBe(words);
    } else {
      // GEXF carries the quote's selector and source id, not the source's text.
      await expect(figure.getByRole('button', { name: /^स्रोत में देखें: / })).toHaveCount(0);
      const exported = readFileSync(file, 'utf8');
      expect(exported).toContain('quote selector');
    }
  }
});

test('a source pasted in, quoted as evidence, and all of it there after a reload', async ({
  page,
}) => {
  await page.goto('/?edge=e-jica-appreciated-gov-jharkhand');
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const form = page.locator('.source-form');
  await form.getByLabel('Title in English').fill('JICA press note');
  await form.getByLabel('Outlet (left empty: not stated)').fill('JICA India');
  const words = 'JICA will support skills training in Jharkhand.';
  await form
    .getByLabel('Its text: paste it, or open a file')
    .fill(`New Delhi, 3 December.\r\n${words}\r\nMore to follow.`);
  await form.getByRole('button', { name: 'Add the source' }).click();
  await expect(page.locator('.source-reader h3')).toHaveText('JICA press note');
  await expect(page.getByTestId('source-summary')).toHaveText('No passage cited yet');
  await selectWords(page, words);
  await page
    .getByRole('region', { name: 'Selected passage' })
    .getByRole('button', { name: 'Add as evidence' })
    .click();
  await expect(page.getByTestId('source-summary')).toHaveText('1 passage cited by 1 relationship');
  expect(await currentText(page)).toBe(words);
  await expect(page.getByTestId('kept')).toHaveText('· kept in this browser');

  // The link names the passage, so a reload opens the reader on it, from the kept copy.
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByTestId('source-summary')).toHaveText('1 passage cited by 1 relationship');
  await expect(page.locator('.source-text mark')).toHaveText(words);
  await page.getByRole('button', { name: 'All sources' }).click();
  await expect(page.locator('.source-list li')).toHaveCount(2);
  await expect(page.locator('.source-list li').nth(1)).toContainText(
    '1 piece of evidence in 1 relationship',
  );
});

test('on a phone: Show in source opens the reader as a sheet, and a selection made by touch handles is captured', async ({
  browser,
}) => {
  const { context, page } = await phonePage(browser, '/?node=suzuki-takashi');
  const figure = page.locator('.details figure').first();
  const quote = await figure.locator('blockquote').textContent();
  await figure.getByRole('button', { name: /^Show in source: / }).tap();
  await expect(current(page).first()).toBeInViewport();
  expect(await currentText(page)).toBe(quote);
  const steps = page.getByRole('button', { name: 'Next passage' });
  expect((await steps.boundingBox())!.height).toBeGreaterThanOrEqual(44);

  await page.getByRole('button', { name: 'Menu' }).tap();
  await page.getByRole('button', { name: 'Edit', exact: true }).tap();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  // Handles move the selection without a pointer lifted over the text: only selectionchange.
  const words = 'नए निवेश व तकनीकी सहयोग की दिशा में सरकार का बड़ा कदम';
  await page.locator('.source-text').evaluate((box, wanted) => {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = (t.textContent ?? '').indexOf(wanted);
      if (at === -1) continue;
      document.getSelection()!.setBaseAndExtent(t, at, t, at + wanted.length);
      return;
    }
  }, words);
  const capture = page.getByRole('region', { name: 'Selected passage' });
  await expect(capture.locator('q')).toHaveText(words);
  await capture.getByRole('button', { name: 'Add as evidence' }).tap();
  await expect(page.getByTestId('source-summary')).toHaveText(
    '20 passages cited by 59 relationships',
  );
  await context.close();
});
