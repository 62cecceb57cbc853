import { expect, test, type Page } from '@playwright/test';
import { clickNode, failOnPageErrors, waitForCanvas } from './helpers';

failOnPageErrors(test);
test.use({ viewport: { width: 1440, height: 900 } });

interface Measured {
  readonly zoom: number;
  readonly smallestFont: number;
  readonly overlaps: string[];
  readonly outside: string[];
}

/**
 * The shipped picture as fitted: the smallest label's size on screen, every pair of node labels
 * whose boxes meet (a label against another label or another node's shape), and any node
 * drawn outside the canvas.
 */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const nodes = cy.nodes().not('.hidden');
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const labels = nodes.map((n) => ({
      id: n.id(),
      label: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      body: n.boundingBox({ includeLabels: false, includeOverlays: false }),
    }));
    const meet = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlaps: string[] = [];
    for (const a of labels)
      for (const b of labels) {
        if (a.id >= b.id) continue;
        if (meet(a.label, b.label)) overlaps.push(`${a.id} label / ${b.id} label`);
        if (meet(a.label, b.body)) overlaps.push(`${a.id} label / ${b.id} node`);
        if (meet(b.label, a.body)) overlaps.push(`${b.id} label / ${a.id} node`);
      }
    const ext = cy.extent();
    const outside = labels
      .filter(
        (l) =>
          l.label.x1 < ext.x1 || l.label.x2 > ext.x2 || l.label.y1 < ext.y1 || l.label.y2 > ext.y2,
      )
      .map((l) => l.id);
    const zoom = cy.zoom();
    const smallestFont = Math.min(
      ...nodes.map((n) => parseFloat(String(n.style('font-size'))) * zoom),
    );
    return { zoom, smallestFont, overlaps, outside };
  });
}

for (const lang of ['en', 'hi'] as const)
  test(`the shipped picture reads at first sight at 1440×900 (${lang}): no label overlaps, 12 px or more`, async ({
    page,
  }) => {
    await page.goto(`/?lang=${lang}`);
    await waitForCanvas(page);
    // Opened as drawn in the file: the same picture for everyone.
    await expect(
      page.getByRole('combobox', { name: lang === 'en' ? 'Layout' : 'लेआउट' }),
    ).toHaveValue('preset');
    const m = await measure(page);
    expect(m.overlaps).toEqual([]);
    expect(m.outside).toEqual([]);
    expect(m.smallestFont).toBeGreaterThanOrEqual(12);
    // The same frame on every load: positions come from the file, not a random start.
    const first = await page.evaluate(() => window.cy!.getElementById('ryohei-aiba').position());
    await page.reload();
    await waitForCanvas(page);
    expect(await page.evaluate(() => window.cy!.getElementById('ryohei-aiba').position())).toEqual(
      first,
    );
  });

test('a selection’s edge labels do not cover each other, on every node of the shipped data', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  const ids = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
  for (const id of ids) {
    await page.evaluate((nodeId) => {
      window.cy!.getElementById(nodeId).emit('tap');
    }, id);
    await expect(page.locator('#side-panel h3')).toHaveCount(1);
    const overlaps = await page.evaluate(() => {
      const boxes = window
        .cyLayer!.edges('.show-label')
        .map((e) =>
          e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        )
        .filter((b) => b.w > 0);
      let n = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) n++;
        }
      return n;
    });
    expect(overlaps, id).toBe(0);
  }
});

test('keyboard only: from the top to the canvas, a walk to Ryohei Aiba, his details and evidence', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  const canvas = page.locator('#graph');
  let presses = 0;
  while (!(await canvas.evaluate((el) => el === document.activeElement)) && presses < 20) {
    await page.keyboard.press('Tab');
    presses++;
  }
  // Skip links (4), the header's edit switch, new map, data, export, language, sharing and
  // embedding, the toolbar.
  expect(presses).toBeLessThanOrEqual(13);
  await expect(canvas).toBeFocused();

  const said = page.getByTestId('walk-said');
  await page.keyboard.press('ArrowDown');
  await expect(said).toHaveText(
    'Start: Government of Jharkhand, Government body. Connections: 12.',
  );
  /** Goes round the current node until the announcement names `name`; fails after a full turn. */
  const findNeighbour = async (name: string) => {
    for (let turn = 0; turn < 15; turn++) {
      const before = (await said.textContent()) ?? '';
      await page.keyboard.press('ArrowDown');
      // Each neighbour is announced anew: wait for the words to change, then read them.
      await expect(said).not.toHaveText(before);
      const text = (await said.textContent()) ?? '';
      if (text.startsWith(`${name},`)) return text;
    }
    throw new Error(`${name} is not a neighbour here`);
  };
  expect(await findNeighbour('Hemant Soren')).toMatch(
    /^Hemant Soren, Person: Hemant Soren Chief Minister of Government of Jharkhand\. \d+ of 12\.$/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(said).toHaveText('Now at Hemant Soren, Person. Connections: 4.');
  await expect(page.locator('#side-panel h3')).toHaveText('Hemant Soren');
  await findNeighbour('Meeting with NEC Corporation');
  await page.keyboard.press('ArrowRight');
  await expect(said).toHaveText('Now at Meeting with NEC Corporation, Meeting. Connections: 10.');
  // Left goes back the way the walk came, Right forward again.
  await page.keyboard.press('ArrowLeft');
  await expect(said).toHaveText('Now at Hemant Soren, Person. Connections: 4.');
  await findNeighbour('Meeting with NEC Corporation');
  await page.keyboard.press('ArrowRight');
  expect(await findNeighbour('Ryohei Aiba')).toMatch(
    /^Ryohei Aiba, Person: Ryohei Aiba took part in Meeting with NEC Corporation\. \d+ of 10\.$/,
  );
  await page.keyboard.press('Enter');
  const panel = page.locator('#side-panel');
  await expect(panel).toBeFocused();
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Ryohei Aiba');
  await expect(panel.locator('blockquote').first()).toContainText(
    'NEC कॉर्पोरेशन के कॉरपोरेट स्ट्रैटेजी विभाग के प्रतिनिधि रयोहेई आइबा',
  );
  await expect(panel).toContainText(
    'A meeting was held at Jharkhand Bhawan in Delhi with Ryohei Aiba, representative of the Corporate Strategy Department of NEC Corporation.',
  );
  // Escape brings the focus back to the canvas, where the walk goes on from Ryohei Aiba.
  await page.keyboard.press('Escape');
  await expect(canvas).toBeFocused();
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Ryohei Aiba');
  await page.keyboard.press('ArrowDown');
  await expect(said).toHaveText(
    /^(Meeting with NEC Corporation|Corporate Strategy Department, NEC), /,
  );
});

test('a shared link carries the camera: the recipient sees the same frame', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await waitForCanvas(page);
  expect(new URL(page.url()).searchParams.has('view')).toBe(false);
  await clickNode(page, 'meeting-nec');
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).not.toBeNull();
  // The second zoom may still be animating: the frame sent is the one the camera stops at.
  await expect(page.getByTestId('graph-canvas')).toHaveAttribute('data-camera', 'still');
  const sent = await page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: window.cy!.pan() }));

  const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await other.goto(page.url());
  await waitForCanvas(other);
  await expect.poll(() => other.evaluate(() => window.cy!.zoom())).toBeCloseTo(sent.zoom, 2);
  const pan = await other.evaluate(() => window.cy!.pan());
  expect(Math.abs(pan.x - sent.pan.x)).toBeLessThan(1);
  expect(Math.abs(pan.y - sent.pan.y)).toBeLessThan(1);
  await expect(other.locator('#side-panel h3')).toHaveText('Meeting with NEC Corporation');

  // Fit shows the whole graph again, and the link no longer names a frame.
  await other.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(() => new URL(other.url()).searchParams.get('view')).toBeNull();
  await other.close();
});
