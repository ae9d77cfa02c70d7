// `make browser-bench`: the compare page's first load in headless Chromium, JavaScript on, a
// fresh profile each run: bytes transferred in all (compressed, as sent) and when the chart
// was first painted, the page interactive (hydrated). Prints the median of RUNS runs.
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const path = process.env.PAGE ?? '/compare?indicator=local_regulations_enacted';
const runs = Number(process.env.RUNS ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function once() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let transferred = 0;
  cdp.on('Network.loadingFinished', (e) => { transferred += e.encodedDataLength; });
  const started = Date.now();
  await page.goto(base + path, { waitUntil: 'load' });
  await page.locator('figure.chart-figure svg').first().waitFor();
  const painted = await page.evaluate(() =>
    performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  await page.locator('body[data-hydrated="true"]').waitFor({ timeout: 30_000 });
  const hydrated = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await context.close();
  return { transferred, painted, hydrated };
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
await browser.close();
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs / 2)];
console.log(`first load of ${path}, median of ${runs}:`);
console.log(`  transferred in all: ${median('transferred')} bytes`);
console.log(`  chart painted (first contentful paint): ${median('painted').toFixed(0)} ms`);
console.log(`  hydrated: ${median('hydrated')} ms`);
