import { chromium } from 'playwright';
const [base, query, out, action] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    console.log('console', m.type(), m.text().slice(0, 300));
});
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(base + '/' + (query || ''));
await page.waitForSelector('[data-layout=idle]', { timeout: 60000 });
if (action) await eval(`(async () => { ${action} })()`);
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
