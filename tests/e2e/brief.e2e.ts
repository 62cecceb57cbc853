import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

interface Quote {
  readonly quote: string;
  readonly translation?: string;
}
interface ShippedFile {
  readonly edges: readonly { readonly id: string; readonly provenance: readonly Quote[] }[];
  readonly sources: readonly { readonly title: { en: string; hi: string } }[];
  readonly stories: readonly {
    readonly steps: readonly {
      readonly title: { en: string; hi: string };
      readonly quotes: readonly { edge: string; index: number }[];
    }[];
  }[];
}
const shipped = JSON.parse(
  readFileSync(new URL('../../data/jharkhand-japan.graph.json', import.meta.url), 'utf8'),
) as ShippedFile;
const quoteAt = (edge: string, index: number) =>
  shipped.edges.find((e) => e.id === edge)!.provenance[index]!;
/** Text as a PDF gives it back: line breaks and runs of spaces are one space. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Asks for the brief from the Export menu, the browser's print stood in for. */
async function printBrief(page: Page, label: string) {
  await page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = 'yes';
    };
  });
  await page.locator('.export-menu summary').click();
  await page.getByRole('button', { name: label }).click();
  await expect(page.locator('.print-brief')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
}

for (const lang of ['en', 'hi'] as const) {
  test(`the shipped story printed as a PDF holds every step, quote and source note (${lang})`, async ({
    page,
  }, info) => {
    await page.goto(`/?story=delhi-meetings&step=1&lang=${lang}`);
    await waitForCanvas(page);
    await printBrief(page, lang === 'en' ? 'Print brief (or save as PDF)' : 'सार छापें (या PDF सहेजें)');
    const pdf = info.outputPath(`brief-${lang}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString());
    const story = shipped.stories[0]!;
    for (const step of story.steps) {
      expect(text).toContain(flat(step.title[lang]));
      for (const q of step.quotes) {
        const cited = quoteAt(q.edge, q.index);
        expect(text).toContain(`${flat(cited.quote)} [1]`);
        if (cited.translation) expect(text).toContain(flat(cited.translation));
      }
    }
    const source = shipped.sources[0]!;
    // The article names neither its outlet nor its date: the note says so in the brief's language.
    const unstated =
      lang === 'en'
        ? 'outlet not stated, date not stated'
        : 'प्रकाशक नहीं बताया गया, तारीख़ नहीं बताई गई';
    expect(text).toContain(
      `${lang === 'en' ? 'Sources' : 'स्रोत'} 1. ${flat(source.title[lang])}, ${unstated}`,
    );
    // The pages as pictures, to look at (kept with the test's output, never committed).
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, info.outputPath(`brief-${lang}`)]);
  });
}

test('Copy brief as Markdown: a selected relationship, its claim and quote, and the note', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?edge=e-jica-appreciated-gov-jharkhand');
  await waitForCanvas(page);
  await page.locator('.export-menu summary').click();
  await page.getByRole('button', { name: 'Copy brief as Markdown' }).click();
  await expect(page.getByText('The brief is copied as Markdown')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const q = quoteAt('e-jica-appreciated-gov-jharkhand', 0);
  expect(text).toBe(
    [
      '# Jharkhand and Japanese partners: investment and technology meetings in Delhi',
      '',
      'Japan International Cooperation Agency (JICA) appreciated the efforts of Government of Jharkhand',
      '',
      `> ${q.quote} [1]`,
      '>',
      `> English rendering: ${q.translation}`,
      '',
      '## Sources',
      '',
      `1. ${shipped.sources[0]!.title.en}, outlet not stated, date not stated`,
      '',
    ].join('\n'),
  );
});
