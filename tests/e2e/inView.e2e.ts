import { expect, test, type Page } from '@playwright/test';
import { clickNode, failOnPageErrors, openRealFile, phonePage, waitForCanvas } from './helpers';

failOnPageErrors(test);

/**
 * Where nodes are drawn on the page against the part of the canvas the user sees: each node's
 * rendered box, and the canvas's own box on the page, clipped to the window.
 */
function inCanvas(page: Page, ids: readonly string[]) {
  return page.evaluate((list) => {
    const cy = window.cy!;
    const c = cy.container()!.getBoundingClientRect();
    const view = {
      x1: Math.max(0, c.left),
      y1: Math.max(0, c.top),
      x2: Math.min(window.innerWidth, c.right),
      y2: Math.min(window.innerHeight, c.bottom),
    };
    return Object.fromEntries(
      list.map((id) => {
        const b = cy.getElementById(id).renderedBoundingBox({ includeLabels: false });
        const inside =
          c.left + b.x1 >= view.x1 - 1 &&
          c.top + b.y1 >= view.y1 - 1 &&
          c.left + b.x2 <= view.x2 + 1 &&
          c.top + b.y2 <= view.y2 + 1;
        return [id, inside];
      }),
    );
  }, ids);
}

/** The node and its neighbours on the canvas, by id. */
const neighbourhood = (page: Page, id: string) =>
  page.evaluate(
    (nodeId) =>
      window
        .cy!.getElementById(nodeId)
        .closedNeighborhood()
        .nodes()
        .map((n) => n.id()),
    id,
  );

const allTrue = (o: Record<string, boolean>) =>
  Object.fromEntries(Object.keys(o).map((k) => [k, true]));

/** Every label drawn on the canvas now: its rendered font and box, for nodes in view. */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy!;
    const zoom = cy.zoom();
    const ext = cy.extent();
    return cy
      .nodes()
      .filter((n) => {
        if (n.hasClass('hidden') || Number(n.style('text-opacity')) === 0) return false;
        if (!String(n.style('label'))) return false;
        const { x, y } = n.position();
        const px = Number.parseFloat(String(n.style('font-size'))) * zoom;
        // Cytoscape draws a label only at 7 px or more (its min-zoomed-font-size, checked at
        // the zoom rounded up to a power of two).
        const scale = 2 ** Math.ceil(Math.log2(zoom));
        const min = Number.parseFloat(String(n.style('min-zoomed-font-size')));
        if (Number.parseFloat(String(n.style('font-size'))) * scale < min) return false;
        return px > 0 && x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
      })
      .map((n) => ({
        id: n.id(),
        px: Number.parseFloat(String(n.style('font-size'))) * zoom,
        box: n.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        }),
      }));
  });
}

type Drawn = Awaited<ReturnType<typeof drawnLabels>>;

function overlapping(labels: Drawn): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i]!.box, labels[j]!.box];
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        out.push(`${labels[i]!.id} / ${labels[j]!.id}`);
    }
  return out;
}

test.describe('the label grid', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('in Tiers, the leading labels read at 11 px or more and none covers another', async ({
    page,
  }) => {
    await page.goto('/?layout=breadthfirst');
    await waitForCanvas(page);
    const zoom = await page.evaluate(() => window.cy!.zoom());
    // The stylesheet's 12 px would be drawn at 6 px or so here.
    expect(zoom * 12).toBeLessThan(11);
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(12);
    expect(labels.filter((l) => l.px < 11 - 1e-6)).toEqual([]);
    expect(overlapping(labels)).toEqual([]);
    // The most connected nodes are among them.
    const ids = labels.map((l) => l.id);
    for (const id of ['gov-jharkhand', 'meeting-jica', 'meeting-nec', 'arva-rajkamal'])
      expect(ids).toContain(id);
  });

  test('on Les Misérables the main characters are named at fit', async ({ page }) => {
    await page.goto('/');
    await waitForCanvas(page);
    await openRealFile(page, 'lesmis.networkx.gexf');
    await expect(page.getByTestId('counts')).toContainText('77 of 77 nodes');
    await waitForCanvas(page);
    // The canvas can still say it is at rest from the map before, until the new one is fitted
    // and its label grid placed: what is waited for is that no label is drawn under 11 px.
    await expect
      .poll(async () => (await drawnLabels(page)).filter((l) => l.px < 11 - 1e-6).map((l) => l.id))
      .toEqual([]);
    const labels = await drawnLabels(page);
    expect(overlapping(labels)).toEqual([]);
    const ids = labels.map((l) => l.id);
    for (const id of ['Valjean', 'Gavroche', 'Marius', 'Myriel']) expect(ids).toContain(id);
    // Zoomed in far enough, every label in view is drawn at its own size again.
    await page.evaluate(() => {
      window.cy!.zoom({ level: 1.2, renderedPosition: { x: 300, y: 300 } });
    });
    await expect.poll(() => page.evaluate(() => window.cy!.nodes('.label-quiet').length)).toBe(0);
  });
});

test.describe('what the user chose is in view', () => {
  test('on a phone, a node chosen in search is framed with its neighbours above the sheet', async ({
    browser,
  }) => {
    const { context, page } = await phonePage(browser, '/');
    await page.locator('.sheet-button-explore').click();
    await page.getByRole('combobox', { name: /Search people/ }).fill('Aiba');
    await page.getByRole('option', { name: /Ryohei Aiba/ }).click();
    await expect(page.locator('#side-panel h3').first()).toHaveText('Ryohei Aiba');
    await waitForCanvas(page);
    const near = await neighbourhood(page, 'ryohei-aiba');
    expect(near).toHaveLength(3);
    const seen = await inCanvas(page, near);
    expect(seen).toEqual(allTrue(seen));
    // And readable: the three are named at 11 px or more (the label grid puts them first).
    const named = (await drawnLabels(page)).filter((l) => near.includes(l.id));
    expect(named.map((l) => l.id).sort()).toEqual([...near].sort());
    expect(named.every((l) => l.px >= 11 - 1e-6)).toBe(true);
    await context.close();
  });

  test('with the table open, a row’s node is brought into the canvas left above it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await waitForCanvas(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of the shown graph' });
    await table.getByRole('button', { name: 'More height' }).click();
    // Zoomed in on the far side of the map first, as a user reading one corner would be.
    await page.evaluate(() => {
      const cy = window.cy!;
      cy.zoom({ level: 2, renderedPosition: { x: 10, y: 10 } });
    });
    await table.getByRole('button', { name: 'Ryohei Aiba' }).click();
    await waitForCanvas(page);
    const seen = await inCanvas(page, await neighbourhood(page, 'ryohei-aiba'));
    expect(seen).toEqual(allTrue(seen));
  });

  test('the keyboard walk brings each neighbour it announces into view', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await waitForCanvas(page);
    await clickNode(page, 'gov-jharkhand');
    await waitForCanvas(page);
    // Close in on the node itself: most of its neighbours are now off screen.
    await page.evaluate(() => {
      const cy = window.cy!;
      cy.zoom({ level: 3, position: cy.getElementById('gov-jharkhand').position() });
    });
    await page.locator('#graph').focus();
    const said = page.getByTestId('walk-said');
    for (let i = 0; i < 5; i++) {
      const before = await said.textContent();
      await page.keyboard.press('ArrowDown');
      await expect(said).not.toHaveText(before ?? '');
      await waitForCanvas(page);
      const cursor = await page.evaluate(() =>
        window.cyLayer!.nodes('.walk-cursor').map((n) => n.id()),
      );
      expect(cursor).toHaveLength(1);
      const seen = await inCanvas(page, cursor);
      expect(seen, `step ${i + 1}: ${cursor[0]}`).toEqual(allTrue(seen));
    }
  });

  test('focus at two hops is framed in Tiers and in the grid', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/');
    await waitForCanvas(page);
    await clickNode(page, 'suzuki-takashi');
    await page.getByRole('combobox', { name: 'Neighbourhood depth' }).selectOption({ index: 1 });
    for (const layout of ['Tiers', 'Grid by type']) {
      await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: layout });
      await waitForCanvas(page);
      const near = await page.evaluate(() =>
        window
          .cyLayer!.nodes()
          .not('.layer-support')
          .map((n) => n.id()),
      );
      expect(near.length, layout).toBeGreaterThan(3);
      const seen = await inCanvas(page, near);
      expect(seen, layout).toEqual(allTrue(seen));
    }
  });
});

test.describe('what the screen says', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('four loads leave one word on the last; notices fold to a line and are dismissed', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForCanvas(page);
    for (const file of [
      'karate.networkx.node-link.json',
      'florentine.networkx.cytoscape.json',
      'lesmis.networkx.graphml',
      'karate.networkx.node-link.json',
    ]) {
      await openRealFile(page, file);
      await waitForCanvas(page);
    }
    // The last file has warnings (no evidence): its report says what was loaded, and no notice
    // says it again, nor speaks of the files before.
    const notices = page.getByRole('status', { name: 'Notices' });
    await expect(page.locator('#import-report-heading')).toHaveText(
      'Loaded “karate.networkx.node-link.json” (node-link JSON (networkx, d3)): 34 nodes, 78 edges. Warnings: 1',
    );
    await expect(notices.locator('.notice')).toHaveCount(0);
    await page.getByRole('button', { name: 'Dismiss the report' }).click();
    // A load without warnings says so in a notice; one of another kind joins it, and folded,
    // only the newest shows, in one line.
    await page.getByRole('button', { name: 'Back to the shipped data set' }).click();
    await expect(notices.locator('.notice')).toContainText('Loaded “jharkhand-japan.graph.json”');
    await page.locator('.export-menu summary').click();
    await page.getByRole('button', { name: /JSON graph file/ }).click();
    await expect(notices.locator('.notice')).toHaveCount(1);
    await expect(notices.locator('.notice')).toContainText('Saved jharkhand');
    const line = await notices.locator('.notice-text').boundingBox();
    expect(line!.height).toBeLessThan(26);
    await notices.getByRole('button', { name: '1 earlier' }).click();
    await expect(notices.locator('.notice')).toHaveCount(2);
    await notices.getByRole('button', { name: 'Dismiss all notices' }).click();
    await expect(notices.locator('.notice')).toHaveCount(0);
  });

  test('a filter that hides everything says so and undoes in one click', async ({ page }) => {
    await page.goto('/');
    await waitForCanvas(page);
    await page
      .getByRole('group', { name: 'Sectors' })
      .getByRole('button', { name: 'None' })
      .click();
    await page
      .getByRole('group', { name: 'Node types' })
      .getByRole('button', { name: 'None' })
      .click();
    const empty = page.locator('.empty-canvas');
    await expect(empty).toContainText('No node is shown: the filters hide all 41.');
    await expect(empty.locator('li')).toHaveText(['Sectors: None', 'Types: None']);
    await empty.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(empty).toHaveCount(0);
    await expect(page.getByTestId('counts')).toHaveText('41 of 41 nodes · 59 of 59 edges');
  });

  test('Fit to what is shown frames the nodes a filter left', async ({ page }) => {
    await page.goto('/');
    await waitForCanvas(page);
    const sectors = page.getByRole('group', { name: 'Sectors' });
    await sectors.getByRole('button', { name: 'None' }).click();
    await sectors.getByRole('checkbox', { name: /^Minerals/ }).check();
    const share = () =>
      page.evaluate(() => {
        const cy = window.cy!;
        const b = cy.nodes().not('.hidden').renderedBoundingBox({ includeLabels: true });
        return Math.max(b.w / cy.width(), b.h / cy.height());
      });
    // Seen from further out, as after panning about, the two take a small part of the canvas.
    await page.evaluate(() => {
      window.cy!.zoom({ level: 0.6, renderedPosition: { x: 0, y: 0 } });
    });
    expect(await share()).toBeLessThan(0.5);
    await page.getByRole('button', { name: 'Fit to what is shown' }).click();
    await waitForCanvas(page);
    expect(await share()).toBeGreaterThan(0.8);
    const shown = await page.evaluate(() =>
      window
        .cy!.nodes()
        .not('.hidden')
        .map((n) => n.id()),
    );
    const seen = await inCanvas(page, shown);
    expect(seen).toEqual(allTrue(seen));
  });

  for (const lang of ['en', 'hi'] as const)
    test(`“Link copied” stays on screen and leaves the header as it was (${lang})`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/?lang=${lang}`);
      await waitForCanvas(page);
      const header = page.locator('.header-actions');
      const before = await header.boundingBox();
      await page.locator('.share button').click();
      const status = page.locator('.share-status');
      await expect(status).not.toBeEmpty();
      const box = (await status.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
      expect(await header.boundingBox()).toEqual(before);
    });

  test('the table keeps the name column in view when scrolled sideways', async ({ page }) => {
    await page.goto('/');
    await waitForCanvas(page);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const table = page.getByRole('region', { name: 'Table of the shown graph' });
    const scroller = table.locator('.table-scroll');
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const name = table.getByRole('button', { name: 'Ryohei Aiba' });
    const [cell, area] = [await name.boundingBox(), await scroller.boundingBox()];
    expect(cell!.x).toBeGreaterThanOrEqual(area!.x - 1);
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(area!.x + area!.width);
    await name.click();
    await expect(page.locator('#side-panel h3').first()).toHaveText('Ryohei Aiba');
    // The whole screen for the table, and back.
    await table.getByRole('button', { name: 'Whole screen' }).click();
    await expect(page.locator('.canvas-area')).toBeHidden();
    await table.getByRole('button', { name: 'Whole screen' }).click();
    await expect(page.locator('.canvas-area')).toBeVisible();
  });
});
