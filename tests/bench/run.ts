/**
 * `npm run bench`: the production build beside a bare Cytoscape page on the same seeded graphs,
 * interleaved, in headless Chromium; prints medians and app/bare ratios. See README.md here.
 * Options: --sizes=40,1000,5000,20000  --runs=3  --no-build  --no-hostile  --analysis-only
 *   --editing-only  --time-only  --no-time
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../setup/chromium';
import { generateGraph, generateHostile, HOSTILE_SHAPES } from './generate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k ?? '', v ?? 'true'];
  }),
);
const SIZES: Record<string, readonly [number, number]> = {
  '40': [40, 60],
  '1000': [1000, 3000],
  '5000': [5000, 20000],
  '20000': [20000, 80000],
};
const sizes =
  args.get('sizes') === 'none' ? [] : (args.get('sizes') ?? '40,1000,5000,20000').split(',');
const runs = Number(args.get('runs') ?? 3);
/** Only the analysis group (metrics, paths, table), on the 5,000 and 20,000 graphs asked for. */
const analysisOnly = args.has('analysis-only');
/** Only the editing group (rename, link, delete a hub, undo), on the 5,000 and 20,000 graphs. */
const editingOnly = args.has('editing-only');
/** Leave out the analysis or the editing group (`--no-analysis`, `--no-editing`). */
const noAnalysis = args.has('no-analysis');
const noEditing = args.has('no-editing');
/** Only the timeline's slider, on the 5,000 and 20,000 graphs asked for. */
const timeOnly = args.has('time-only');

if (args.get('build') !== 'false' && !args.has('no-build'))
  execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });

// Graphs are made once, in memory, and served beside the build.
const graphs = new Map<string, string>();
for (const size of sizes) {
  const [nodes, edges] = SIZES[size] ?? [Number(size), Number(size) * 3];
  for (const positions of [true, false])
    graphs.set(
      `/bench-data/${size}${positions ? 'p' : ''}.json`,
      JSON.stringify(generateGraph({ nodes, edges, positions })),
    );
}
// The same drawn graphs with dates, for the timeline's slider.
const noTime = args.has('no-time');
const timeSizes = noTime ? [] : sizes.filter((s) => s === '5000' || s === '20000');
for (const size of timeSizes) {
  const [nodes, edges] = SIZES[size] ?? [0, 0];
  graphs.set(
    `/bench-data/${size}t.json`,
    JSON.stringify(generateGraph({ nodes, edges, positions: true, dated: true })),
  );
}
const hostile =
  args.has('no-hostile') || analysisOnly || editingOnly || timeOnly ? [] : HOSTILE_SHAPES;
const HOSTILE_LABELS: Record<(typeof HOSTILE_SHAPES)[number], string> = {
  loops: '100,000 self-loops on one node',
  parallel: '100,000 parallel edges between two nodes',
  'star-in': '20,000-node star, every edge into the hub',
  'star-out': '20,000-node star, every edge out of the hub',
};
for (const shape of hostile)
  graphs.set(`/bench-data/hostile-${shape}.json`, JSON.stringify(generateHostile(shape)));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

function serve(): Promise<{ server: Server; base: string }> {
  const dist = join(root, 'dist');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const graph = graphs.get(path);
    const file =
      path === '/bare.html'
        ? join(root, 'tests/bench/bare.html')
        : path === '/bare-lib/cytoscape.min.js'
          ? join(root, 'node_modules/cytoscape/dist/cytoscape.min.js')
          : join(dist, normalize(path === '/' ? '/index.html' : path));
    if (graph !== undefined) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(graph);
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, base: `http://127.0.0.1:${port}` });
    }),
  );
}

/**
 * Runs in the page before anything else: records long tasks and each drawing of the canvas with
 * its node count. Kept as text: tsx would wrap a function's inner names in a helper the page
 * does not have.
 */
const INSTRUMENT = `
  window.__long = [];
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // Listening from the moment the page names its Cytoscape instance: a small graph is drawn
  // once, in the very next frame.
  let current;
  Object.defineProperty(window, 'cy', {
    configurable: true,
    get: () => current,
    set: (cy) => {
      current = cy;
      cy?.on('render', () => window.__frames.push([performance.now(), cy.nodes().length]));
    },
  });
`;

/** Starts the clock, runs `act` in the page, stops at the frame after Cytoscape next draws. */
const FRAME_AFTER = (act: string) => `new Promise((resolve) => {
  const drawn = new Promise((r) => window.cy.one('render', () => requestAnimationFrame(() => r())));
  const t0 = performance.now();
  ${act};
  drawn.then(() => resolve(performance.now() - t0));
})`;

/** Taps a node as a user would and waits until its name is painted in the details. */
const SELECT = (target: string, node = 3) => `new Promise((resolve) => {
  const t0 = performance.now();
  window.cy.$id('n${node}').emit('tap');
  const check = () =>
    document.querySelector(${JSON.stringify(target)})?.textContent?.includes('Stakeholder ${node}')
      ? requestAnimationFrame(() => resolve(performance.now() - t0))
      : setTimeout(check, 0);
  check();
})`;

/**
 * Waits until the page is at rest: the canvas has drawn nothing for two frames and no long task
 * has ended for half a second (Cytoscape goes on making its textures for about a second after
 * a selection, in frames that draw nothing). A keystroke is then timed by itself, not inside
 * the work of the selection before it.
 */
const CANVAS_AT_REST = `new Promise((resolve) => {
  let drawn = 0;
  let quiet = 0;
  const count = () => drawn++;
  window.cy.on('render', count);
  const lastEnd = () => Math.max(0, ...window.__long.map(([start, d]) => start + d));
  const frame = () => {
    quiet = drawn ? 0 : quiet + 1;
    drawn = 0;
    if (quiet >= 2 && performance.now() - lastEnd() > 500) {
      window.cy.off('render', count);
      resolve();
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

/**
 * Types into the search box, a prefix at a time, each keystroke at the start of a frame; out:
 * the worst time from a keystroke to the next frame (one frame, 16.7 ms, when the keystroke's
 * work fits in it; more when it held the frame up), the worst time to the frame after the
 * suggestions for it are listed, and the worst main-thread work of a keystroke itself (its
 * event and React's render, commit and effects, which run before the microtasks queued after
 * them; the frame's style, layout and paint are not in it).
 */
const SEARCH = `(async () => {
  const input = document.querySelector('input[role=combobox]');
  const list = document.getElementById(input.getAttribute('aria-controls'));
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  let worst = 0;
  let listed = 0;
  let work = 0;
  for (const text of ['S', 'St', 'Sta', 'Stak', 'Stakeholder 1', 'Stakeholder 12', 'हित']) {
    await frame();
    const t0 = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => queueMicrotask(resolve));
    work = Math.max(work, performance.now() - t0);
    await frame();
    worst = Math.max(worst, performance.now() - t0);
    while (list.getAttribute('aria-busy') === 'true') await new Promise((r) => setTimeout(r, 0));
    await frame();
    listed = Math.max(listed, performance.now() - t0);
  }
  return [worst, listed, work];
})()`;

interface Sample {
  firstFrame: number;
  longestLoad: number;
  layoutDone?: number;
  longestLayout?: number;
  toggle: number;
  select: number;
  search?: number;
  listed?: number;
  keyWork?: number;
  heap: number;
}

/** The filters and the details, which the page renders once its first picture is drawn. */
async function panelsReady(page: Page): Promise<void> {
  await page.waitForSelector('.checkbox-group input[type=checkbox]', { timeout: 60_000 });
  await page.waitForSelector('.details', { timeout: 60_000 });
}

/** Opens the page and waits for the first frame with every node drawn; out: its time. */
async function openAndDraw(page: Page, url: string, nodes: number): Promise<number> {
  await page.goto(url);
  const frame = await page.waitForFunction(
    `window.__frames.find(([, count]) => count === ${nodes})?.[0] ?? false`,
    undefined,
    { timeout: 600_000, polling: 50 },
  );
  return Number(await frame.jsonValue());
}

async function measure(page: Page, url: string, nodes: number, app: boolean): Promise<Sample> {
  const first = await openAndDraw(page, url, nodes);
  let layoutDone: number | undefined;
  if (app) {
    await page.waitForSelector('[data-layout="idle"]', { timeout: 600_000 });
    layoutDone = Number(await page.evaluate('performance.now()'));
    await panelsReady(page);
  }
  const tasks = await page.evaluate<[number, number][]>('window.__long');
  const longest = (from: number, to: number) =>
    Math.max(0, ...tasks.filter(([start]) => start >= from && start < to).map(([, d]) => d));
  const toggleCode = app
    ? `document.querySelector('.checkbox-group input[type=checkbox]').click()`
    : `window.bareToggleSector('it')`;
  const toggle = Number(await page.evaluate(FRAME_AFTER(toggleCode)));
  await page.evaluate(FRAME_AFTER(toggleCode));
  const select = Number(await page.evaluate(SELECT(app ? '.details h3' : '#details')));
  let search: number | undefined;
  let listed: number | undefined;
  let keyWork: number | undefined;
  if (app) {
    await page.evaluate(CANVAS_AT_REST);
    [search, listed, keyWork] = await page.evaluate<[number, number, number]>(SEARCH);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return {
    firstFrame: first,
    longestLoad: longest(0, first),
    ...(layoutDone !== undefined ? { layoutDone, longestLayout: longest(first, layoutDone) } : {}),
    toggle,
    select,
    ...(search !== undefined && listed !== undefined && keyWork !== undefined
      ? { search, listed, keyWork }
      : {}),
    heap: usedSize / 1024 / 1024,
  };
}

/**
 * Steps the timeline's slider a year at a time, each step at the start of a frame; out: each
 * step's time from the input to the frame after Cytoscape draws it (what is hidden and dimmed
 * changed, counts and list with it).
 */
const SLIDER = (app: boolean) => `(async () => {
  const input = document.querySelector('.timeline-slider input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const step = (value) => {
    if (!${app}) return window.bareAsOf(2000 + value);
    setValue.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const times = [];
  for (const value of [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]) {
    await frame();
    const drawn = new Promise((r) => window.cy.one('render', () => requestAnimationFrame(() => r())));
    const t0 = performance.now();
    step(value);
    await drawn;
    times.push(performance.now() - t0);
  }
  return times;
})()`;

/**
 * A dated graph opened as of 2004 (hidden what came later), then the slider moved on; bare
 * Cytoscape hides the same elements itself, year by year.
 */
async function measureTime(
  page: Page,
  url: string,
  nodes: number,
  app: boolean,
): Promise<number[]> {
  await page.goto(url);
  if (app) {
    await page.waitForSelector('[data-layout="idle"]', { timeout: 600_000 });
    await page.waitForSelector('.timeline-slider input', { timeout: 600_000 });
  }
  await page.waitForFunction(`(window.cy?.nodes().length ?? 0) === ${nodes}`, undefined, {
    timeout: 600_000,
  });
  if (!app) await page.evaluate('window.bareAsOf(2004)');
  await page.evaluate(CANVAS_AT_REST);
  return page.evaluate<number[]>(SLIDER(app));
}

interface HostileSample {
  firstFrame: number;
  layoutDone: number;
  selectHub: number;
  /** The longest main-thread task up to the first frame, and the longest after it. */
  longestToFirst: number;
  longest: number;
}

/**
 * One hostile shape in the app: load, layout, then a tap on the hub; the longest main-thread
 * task up to the first frame and after it. Bare Cytoscape is not measured beside it: on the
 * stars it does not finish loading within five minutes (each edge added scans all the hub's
 * edges).
 */
async function measureHostile(page: Page, url: string, nodes: number): Promise<HostileSample> {
  const firstFrame = await openAndDraw(page, url, nodes);
  await page.waitForSelector('[data-layout="idle"]', { timeout: 600_000 });
  const layoutDone = Number(await page.evaluate('performance.now()'));
  await panelsReady(page);
  const selectHub = Number(await page.evaluate(SELECT('.details h3', 0)));
  const tasks = await page.evaluate<[number, number][]>('window.__long');
  const longest = (after: boolean) =>
    Math.max(0, ...tasks.filter(([start]) => start >= firstFrame === after).map(([, d]) => d));
  return {
    firstFrame,
    layoutDone,
    selectHub,
    longestToFirst: longest(false),
    longest: longest(true),
  };
}

interface AnalysisSample {
  metricsDone: number;
  longestMetrics: number;
  drawMetrics: number;
  pathsDone: number;
  longestPaths: number;
  drawPaths: number;
  tableSorted: number;
  longestTable: number;
  drawTable: number;
  scrollWorst: number;
}

/**
 * Metrics, paths and the table in the app on a drawn graph. First the metrics alone: how long
 * after the first frame they are all computed, and the longest main-thread task meanwhile
 * (from the moment the canvas is idle). Then a path question, asked as Back would apply a
 * link: the time to the answer and the longest task (which includes drawing the highlight).
 * Then the table, opened and sorted by betweenness, and scrolled.
 */
async function measureAnalysis(page: Page, url: string, nodes: number): Promise<AnalysisSample> {
  const loaded = await openAndDraw(page, url, nodes);
  const at = (selector: string) =>
    page
      .waitForFunction(
        `document.querySelector('${selector}') ? performance.now() : false`,
        undefined,
        {
          timeout: 900_000,
          polling: 20,
        },
      )
      .then(async (h) => Number(await h.jsonValue()));
  const idle = await at('[data-layout=idle]');
  const metricsDone = await at('[data-metrics=done]');
  // A long task during which Cytoscape drew a frame is counted as drawing the canvas; the
  // rest is the app's own work (and the workers' replies).
  const longestSince = async (from: number, to = Infinity) => {
    const tasks = await page.evaluate<[number, number][]>('window.__long');
    const frames = await page.evaluate<[number, number][]>('window.__frames');
    const inWindow = tasks.filter(([start]) => start >= from && start < to);
    const draws = (s: number, d: number) => frames.some(([t]) => t >= s && t <= s + d + 50);
    return {
      other: Math.max(0, ...inWindow.filter(([s, d]) => !draws(s, d)).map(([, d]) => d)),
      draw: Math.max(0, ...inWindow.filter(([s, d]) => draws(s, d)).map(([, d]) => d)),
    };
  };
  const duringMetrics = await longestSince(idle, metricsDone);
  const asked = Number(
    await page.evaluate(`(() => {
      history.pushState(null, '', location.search + '&path=n1%2Cn2');
      dispatchEvent(new PopStateEvent('popstate'));
      return performance.now();
    })()`),
  );
  const pathsDone = await at('[data-paths=done]');
  // The highlight is drawn in the frame after the answer.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const duringPaths = await longestSince(asked);
  const tableFrom = Number(await page.evaluate('performance.now()'));
  const tableSorted = Number(
    await page.evaluate(`(async () => {
      const t0 = performance.now();
      [...document.querySelectorAll('.toolbar button')].find((b) => b.textContent === 'Table').click();
      const sortButton = () => document.querySelector('button[aria-label^="Sort by Betweenness"]');
      while (!sortButton()) await new Promise((r) => setTimeout(r, 10));
      sortButton().click();
      const sorted = () =>
        document.querySelector('th[aria-sort=descending] button[aria-label^="Sort by Betweenness"]');
      while (!sorted()) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => requestAnimationFrame(() => r()));
      return performance.now() - t0;
    })()`),
  );
  const scrollWorst = Number(
    await page.evaluate(`(async () => {
      const el = document.querySelector('.table-scroll');
      let worst = 0;
      for (let i = 1; i <= 20; i++) {
        const t0 = performance.now();
        el.scrollTop = (el.scrollHeight * i) / 20;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
        worst = Math.max(worst, performance.now() - t0);
      }
      return worst;
    })()`),
  );
  const duringTable = await longestSince(tableFrom);
  return {
    metricsDone: metricsDone - loaded,
    longestMetrics: duringMetrics.other,
    drawMetrics: duringMetrics.draw,
    pathsDone: pathsDone - asked,
    longestPaths: duringPaths.other,
    drawPaths: duringPaths.draw,
    tableSorted,
    longestTable: duringTable.other,
    drawTable: duringTable.draw,
    scrollWorst,
  };
}

interface EditingSample {
  rename: number;
  undoRename: number;
  link: number;
  deleteHub: number;
  undoDelete: number;
  longest: number;
}

/**
 * Editing in the app on a drawn graph, each step timed from the user's act to the frame that
 * shows it: a rename saved from the details, a relationship added from Link to…, the hub
 * deleted by the Delete key, and Ctrl+Z after each; then the longest main-thread task of all.
 */
async function measureEditing(page: Page, url: string, nodes: number): Promise<EditingSample> {
  await openAndDraw(page, url, nodes);
  await page.waitForSelector('[data-layout="idle"]', { timeout: 600_000 });
  // The hub: the node with the most links, selected as a link would select it.
  const hub = String(
    await page.evaluate(`(() => {
      const hub = window.cy.nodes().max((n) => n.degree(false)).ele;
      history.pushState(null, '', location.search + '&node=' + hub.id());
      dispatchEvent(new PopStateEvent('popstate'));
      return hub.data('en');
    })()`),
  );
  await page.waitForFunction(
    `document.querySelector('.details h3')?.textContent === ${JSON.stringify(hub)}`,
  );
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  // The editing interface's code arrives when editing is first turned on.
  await page.waitForSelector('#edit-label-en');
  const from = Number(await page.evaluate('performance.now()'));
  const frameAfter = (until: string) =>
    `new Promise((resolve) => { const t0 = performance.now(); const tick = () => (${until}) ? requestAnimationFrame(() => resolve(performance.now() - t0)) : setTimeout(tick, 5); tick(); })`;
  const counts = `document.querySelector('[data-testid=counts]').textContent`;
  const edgesNow = async () => String(await page.evaluate(counts));
  const h3 = `document.querySelector('.details h3')?.textContent`;
  const rename = Number(
    await page.evaluate(`(() => {
      const input = document.getElementById('edit-label-en');
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'Renamed hub');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.form.requestSubmit();
      return ${frameAfter(`${h3} === 'Renamed hub'`)};
    })()`),
  );
  await page.locator('#graph').focus();
  const undoRename = Number(
    await page.evaluate(`(() => {
      document.getElementById('graph').dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
      return ${frameAfter(`${h3} === ${JSON.stringify(hub)}`)};
    })()`),
  );
  await page
    .getByRole('toolbar', { name: 'Editing' })
    .getByRole('button', { name: 'Link to…' })
    .click();
  await page
    .getByRole('dialog')
    .getByRole('combobox', { name: 'To', exact: true })
    .fill('Stakeholder 4999');
  await page
    .getByRole('dialog')
    .getByRole('option', { name: /^Stakeholder 4999/ })
    .first()
    .click();
  const before = await edgesNow();
  const link = Number(
    await page.evaluate(`(() => {
      document.querySelector('[role=dialog] form').requestSubmit();
      return ${frameAfter(`${counts} !== ${JSON.stringify(before)}`)};
    })()`),
  );
  const linked = await edgesNow();
  await page.locator('#graph').focus();
  const deleteHub = Number(
    await page.evaluate(`(() => {
      document.getElementById('graph').dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
      return ${frameAfter(`${counts} !== ${JSON.stringify(linked)}`)};
    })()`),
  );
  const undoDelete = Number(
    await page.evaluate(`(() => {
      document.getElementById('graph').dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
      return ${frameAfter(`${counts} === ${JSON.stringify(linked)}`)};
    })()`),
  );
  const tasks = await page.evaluate<[number, number][]>('window.__long');
  const longest = Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, d]) => d));
  return { rename, undoRename, link, deleteHub, undoDelete, longest };
}

/**
 * The same edits made straight on bare Cytoscape (element data, add, remove, restore), each to
 * the frame after it draws: what any editor built on Cytoscape pays for the drawing alone.
 */
async function measureBareEditing(page: Page, url: string, nodes: number): Promise<EditingSample> {
  await openAndDraw(page, url, nodes);
  await page.evaluate(`window.__hub = window.cy.nodes().max((n) => n.degree(false)).ele`);
  const from = Number(await page.evaluate('performance.now()'));
  const step = async (act: string) => Number(await page.evaluate(FRAME_AFTER(act)));
  const rename = await step(
    `window.__old = window.__hub.data('en'); window.__hub.data('en', 'Renamed hub')`,
  );
  const undoRename = await step(`window.__hub.data('en', window.__old)`);
  const link = await step(
    `window.cy.add({ group: 'edges', data: { id: 'bench-new', source: window.__hub.id(), target: 'n${nodes - 1}' } })`,
  );
  const deleteHub = await step(`window.__gone = window.__hub.remove()`);
  const undoDelete = await step(`window.__gone.restore()`);
  const tasks = await page.evaluate<[number, number][]>('window.__long');
  const longest = Math.max(0, ...tasks.filter(([start]) => start >= from).map(([, d]) => d));
  return { rename, undoRename, link, deleteHub, undoDelete, longest };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? NaN) : NaN;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

/** A page as every measurement opens it: desktop size, the long-task and frame counters in. */
async function measuringPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await page.addInitScript(INSTRUMENT);
  return page;
}

/**
 * The page's JavaScript, gzip: what the browser fetched before the shipped graph's first frame
 * (read from the network, so a chunk, worker or data file fetched early counts wherever it is
 * imported from), and what it fetches later; beside the floor of react + react-dom + cytoscape
 * + fcose that any React page drawing with Cytoscape ships.
 */
async function bundle(browser: Browser, base: string) {
  const dir = join(root, 'dist');
  const gz = (path: string) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length / 1024;
  const page = await measuringPage(browser);
  await page.goto(base);
  // Whatever the page starts once it has drawn (workers, panels) is fetched meanwhile.
  await page.waitForSelector('[data-metrics="done"]', { timeout: 60_000 });
  // Told apart on the page's own clock: what began before the first frame with nodes in it.
  // Each file once, as first asked for (a module worker's script is requested twice).
  const entries = await page.evaluate<[string, number, number][]>(`[
    ...performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, 0]),
    ...window.__frames.filter(([, count]) => count > 0).slice(0, 1).map(([t]) => ['', 0, t]),
  ]`);
  await page.close();
  const first = entries.find(([name]) => name === '')?.[2] ?? Infinity;
  const asked = new Map<string, boolean>();
  for (const [name, start] of entries) {
    const path = name && new URL(name).pathname;
    if (path && /\.(js|json)$/.test(path) && !asked.has(path)) asked.set(path, start < first);
  }
  const sum = (early: boolean, ext: string) =>
    [...asked]
      .filter(([path, before]) => before === early && path.endsWith(ext))
      .reduce((s, [path]) => s + gz(path), 0);
  if (process.env.BENCH_VERBOSE)
    for (const [path, early] of asked)
      console.error(
        `${early ? 'before' : 'after'} first frame: ${path} ${gz(path).toFixed(1)} KiB`,
      );
  const unfetched = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && !asked.has(`/assets/${f}`))
    .reduce((s, f) => s + gz(`assets/${f}`), 0);
  const floorJs = execFileSync(
    'npx',
    [
      'esbuild',
      join(root, 'tests/bench/floor.ts'),
      '--bundle',
      '--minify',
      '--format=esm',
      '--define:process.env.NODE_ENV="production"',
    ],
    { cwd: root, maxBuffer: 64 * 1024 * 1024 },
  );
  const floor = gzipSync(floorJs, { level: 9 }).length / 1024;
  return {
    initial: sum(true, '.js'),
    initialData: sum(true, '.json'),
    later: sum(false, '.js'),
    unfetched,
    floor,
  };
}

async function main() {
  const { server, base } = await serve();
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  });
  const rows: string[] = [];
  for (const size of analysisOnly || editingOnly || timeOnly ? [] : sizes) {
    const [nodes] = SIZES[size] ?? [Number(size)];
    for (const positions of [true, false]) {
      const file = `/bench-data/${size}${positions ? 'p' : ''}.json`;
      const app: Sample[] = [];
      const bare: Sample[] = [];
      for (let r = 0; r < runs; r++) {
        // Interleaved, alternating which goes first, so drift on a shared machine hits both.
        const order = r % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
        for (const which of order) {
          // The measuring code is evaluated as text, which the app's policy rightly forbids.
          const page = await measuringPage(browser);
          const url =
            which === 'app'
              ? `${base}/?data=${encodeURIComponent(file)}`
              : `${base}/bare.html?data=${encodeURIComponent(file)}`;
          if (process.env.BENCH_VERBOSE) console.error(`measuring ${which} ${file}`);
          (which === 'app' ? app : bare).push(
            await measure(page, url, nodes ?? 0, which === 'app'),
          );
          await page.close();
        }
      }
      const m = (list: Sample[], key: keyof Sample) =>
        median(list.map((s) => s[key]).filter((v): v is number => v !== undefined));
      const ratio = (key: keyof Sample) => `${(m(app, key) / m(bare, key)).toFixed(2)}×`;
      rows.push(
        [
          `${size}${positions ? ' drawn' : ' undrawn'}`,
          `${ms(m(app, 'firstFrame'))} / ${ms(m(bare, 'firstFrame'))} (${ratio('firstFrame')})`,
          `${ms(m(app, 'longestLoad'))} / ${ms(m(bare, 'longestLoad'))}`,
          positions ? '—' : `${ms(m(app, 'layoutDone'))}, longest ${ms(m(app, 'longestLayout'))}`,
          `${ms(m(app, 'toggle'))} / ${ms(m(bare, 'toggle'))} (${ratio('toggle')})`,
          `${ms(m(app, 'select'))} / ${ms(m(bare, 'select'))} (${ratio('select')})`,
          `${ms(m(app, 'search'))} (work ${ms(m(app, 'keyWork'))}); listed ${ms(m(app, 'listed'))}`,
          `${m(app, 'heap').toFixed(0)} / ${m(bare, 'heap').toFixed(0)} MB (${ratio('heap')})`,
        ].join(' | '),
      );
      console.error(`done: ${size} ${positions ? 'drawn' : 'undrawn'}`);
    }
  }
  const hostileRows: string[] = [];
  for (const shape of hostile) {
    const samples: HostileSample[] = [];
    const nodes = shape.startsWith('star') ? 20_000 : 2;
    for (let r = 0; r < runs; r++) {
      const page = await measuringPage(browser);
      if (process.env.BENCH_VERBOSE) console.error(`measuring hostile ${shape}`);
      samples.push(
        await measureHostile(
          page,
          `${base}/?data=${encodeURIComponent(`/bench-data/hostile-${shape}.json`)}`,
          nodes,
        ),
      );
      await page.close();
    }
    const m = (key: keyof HostileSample) => ms(median(samples.map((s) => s[key])));
    hostileRows.push(
      `| ${HOSTILE_LABELS[shape]} | ${m('firstFrame')} | ${m('longestToFirst')} | ${m('layoutDone')} | ${m('selectHub')} | ${m('longest')} |`,
    );
    console.error(`done: hostile ${shape}`);
  }
  const analysisRows: string[] = [];
  for (const size of editingOnly || noAnalysis || timeOnly
    ? []
    : sizes.filter((s) => s === '5000' || s === '20000')) {
    const [nodes, edges] = SIZES[size] ?? [0, 0];
    const samples: AnalysisSample[] = [];
    for (let r = 0; r < runs; r++) {
      const page = await measuringPage(browser);
      if (process.env.BENCH_VERBOSE) console.error(`measuring analysis ${size}`);
      samples.push(
        await measureAnalysis(
          page,
          `${base}/?data=${encodeURIComponent(`/bench-data/${size}p.json`)}`,
          nodes,
        ),
      );
      await page.close();
    }
    const m = (key: keyof AnalysisSample) => ms(median(samples.map((s) => s[key])));
    analysisRows.push(
      `| ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges | ${m('metricsDone')}; ${m('longestMetrics')} / ${m('drawMetrics')} | ${m('pathsDone')}; ${m('longestPaths')} / ${m('drawPaths')} | ${m('tableSorted')}; ${m('longestTable')} / ${m('drawTable')} | ${m('scrollWorst')} |`,
    );
    console.error(`done: analysis ${size}`);
  }
  const editingRows: string[] = [];
  const editingSizes =
    analysisOnly || noEditing || timeOnly ? [] : sizes.filter((s) => s === '5000' || s === '20000');
  for (const size of editingSizes) {
    const [nodes, edges] = SIZES[size] ?? [0, 0];
    const samples: EditingSample[] = [];
    const bareSamples: EditingSample[] = [];
    const file = encodeURIComponent(`/bench-data/${size}p.json`);
    for (let r = 0; r < runs; r++) {
      for (const which of r % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)) {
        const page = await measuringPage(browser);
        if (process.env.BENCH_VERBOSE) console.error(`measuring editing ${which} ${size}`);
        if (which === 'app')
          samples.push(await measureEditing(page, `${base}/?data=${file}`, nodes));
        else
          bareSamples.push(await measureBareEditing(page, `${base}/bare.html?data=${file}`, nodes));
        await page.close();
      }
    }
    const m = (key: keyof EditingSample) =>
      `${ms(median(samples.map((s) => s[key])))} / ${ms(median(bareSamples.map((s) => s[key])))}`;
    editingRows.push(
      `| ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges | ${m('rename')} | ${m('undoRename')} | ${m('link')} | ${m('deleteHub')} | ${m('undoDelete')} | ${m('longest')} |`,
    );
    console.error(`done: editing ${size}`);
  }
  const timeRows: string[] = [];
  for (const size of analysisOnly || editingOnly ? [] : timeSizes) {
    const [nodes, edges] = SIZES[size] ?? [0, 0];
    const steps = { app: [] as number[], bare: [] as number[] };
    const file = encodeURIComponent(`/bench-data/${size}t.json`);
    for (let r = 0; r < runs; r++)
      for (const which of r % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const)) {
        const page = await measuringPage(browser);
        if (process.env.BENCH_VERBOSE) console.error(`measuring time ${which} ${size}`);
        const url =
          which === 'app' ? `${base}/?data=${file}&asof=2004` : `${base}/bare.html?data=${file}`;
        steps[which].push(...(await measureTime(page, url, nodes, which === 'app')));
        await page.close();
      }
    const at = (q: number) => (list: number[]) =>
      [...list].sort((x, y) => x - y)[Math.min(list.length - 1, Math.floor(list.length * q))] ?? 0;
    const cell = (p: (list: number[]) => number) =>
      `${ms(p(steps.app))} / ${ms(p(steps.bare))} (${(p(steps.app) / p(steps.bare)).toFixed(2)}×)`;
    timeRows.push(
      `| ${nodes.toLocaleString('en')} nodes / ${edges.toLocaleString('en')} edges | ${cell(median)} | ${cell(at(0.9))} | ${cell(at(1))} |`,
    );
    console.error(`done: time ${size}`);
  }
  const b = await bundle(browser, base);
  await browser.close();
  server.close();
  console.log(
    [
      ...(rows.length
        ? [
            `Medians of ${runs} interleaved runs; app / bare (ratio).`,
            '',
            '| graph | load → first frame | longest task to first frame | layout done (worker), longest task meanwhile | sector toggle → frame | select → details painted | search keystroke → frame, worst (its own work); → its suggestions listed | JS heap |',
            '|---|---|---|---|---|---|---|---|',
            ...rows.map((r) => `| ${r} |`),
          ]
        : []),
      '',
      ...(analysisRows.length
        ? [
            '',
            `Analysis in the app (medians of ${runs}), drawn graphs; goal: no main-thread task over 200 ms while the workers compute. Each step: its time; then its longest main-thread task that is the app's own work / its longest that draws the canvas (Cytoscape's renderer, software-rendered here).`,
            '',
            '| graph | all metrics computed (after first frame) | path question → answer (highlight drawn) | open table, sort by betweenness → frame | table scroll, worst step → frame |',
            '|---|---|---|---|---|',
            ...analysisRows,
          ]
        : []),
      ...(editingRows.length
        ? [
            '',
            `Editing (medians of ${runs}), drawn graphs, the most linked node selected; each step from the act to the frame that shows it; app / bare Cytoscape making the same change to its elements.`,
            '',
            '| graph | rename → frame | undo it | add a relationship → frame | delete the hub (Delete key) | undo it | longest main-thread task |',
            '|---|---|---|---|---|---|---|',
            ...editingRows,
          ]
        : []),
      ...(timeRows.length
        ? [
            '',
            `The timeline's slider, a year a step on a drawn graph dated over twenty years (${runs} runs of 10 steps); app / bare Cytoscape hiding the same elements (ratio); goal: each step painted within 100 ms.`,
            '',
            '| graph | step → frame, median | 90th percentile | worst |',
            '|---|---|---|---|',
            ...timeRows,
          ]
        : []),
      ...(hostileRows.length
        ? [
            '',
            `Hostile shapes, the app alone (medians of ${runs}); goal: no main-thread task over 2 s after the first frame (the first frame's own task is Cytoscape styling and drawing every element once, as in the table above).`,
            '',
            '| shape | load → first frame | longest task to it | layout done | tap hub → details | longest task after it |',
            '|---|---|---|---|---|---|',
            ...hostileRows,
          ]
        : []),
      '',
      `JS gzip fetched before the shipped graph's first frame: ${b.initial.toFixed(1)} KiB (${(b.initial / b.floor).toFixed(2)}× the ${b.floor.toFixed(1)} KiB floor of react + react-dom + cytoscape + fcose)${b.initialData ? `, and ${b.initialData.toFixed(1)} KiB of JSON data` : ''}; after it, until the metrics are computed: ${b.later.toFixed(1)} KiB; not fetched at all on that visit (layout worker, import and export code, editing, the table): ${b.unfetched.toFixed(1)} KiB.`,
    ].join('\n'),
  );
}

if (process.env.BENCH_SERVE_ONLY) {
  const { base } = await serve();
  console.log(base);
} else await main();
