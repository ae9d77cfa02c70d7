import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The public transparency pages: accessible (axe-core, both languages, JavaScript on and off),
// working under the Content-Security-Policy, with open-data downloads, printable. Framing
// (only /embed) is checked on the headers in tests/tests/publishing.rs: Chromium refuses
// loopback frames inside a routed test page for reasons of its own, whatever the headers.

const pages = [
  '/',
  '/compare?indicator=local_regulations_enacted',
  '/compare?indicator=penalty_exempted_cases&per=capita',
  '/regions',
  '/region/410600',
  '/indicators',
  '/indicator/local_regulations_enacted',
  '/category/legislation',
  '/observation/410300/leader_law_lectures/2019-2022',
  '/sources',
  '/embed/compare?indicator=local_regulations_enacted',
  '/login',
];

const blocked: string[] = [];
test.beforeEach(() => {
  blocked.length = 0;
});

for (const path of pages) {
  for (const prefix of ['', '/en']) {
    const url = prefix + (path === '/' && prefix ? '' : path);
    test(`axe: ${url}`, async ({ page: jsPage, browser }, info) => {
      // axe is JavaScript: for "JavaScript off", it checks the server's HTML with our own
      // scripts and wasm refused, in a context that lets axe itself run.
      let page = jsPage;
      if (info.project.name === 'js-off') {
        const context = await browser.newContext({ javaScriptEnabled: true });
        await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
        page = await context.newPage();
      }
      page.on('console', (m) => {
        if (m.text().includes('Content Security Policy')) blocked.push(m.text());
      });
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      if (info.project.name === 'js-on') {
        await page.locator('body[data-hydrated="true"]').waitFor({ timeout: 20_000 });
      }
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'en' : 'zh-CN');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
      expect(report, report.join('\n')).toEqual([]);
      expect(blocked, 'nothing refused by the Content-Security-Policy').toEqual([]);
    });
  }
}

test('downloads: table CSV with a BOM, JSON, chart SVG and PNG', async ({ page, request }) => {
  await page.goto('/compare?indicator=local_regulations_enacted');
  const csvHref = await page.locator('.data-downloads a').first().getAttribute('href');
  const csv = await request.get(csvHref!);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('鹤壁市');
  const jsonHref = await page.locator('.data-downloads a').nth(1).getAttribute('href');
  const json = await (await request.get(jsonHref!)).json();
  expect(json.items[0].rank).toBe(1);
  const links = page.locator('figure.chart-figure figcaption a');
  for (const [i, type] of [[0, 'image/svg+xml'], [1, 'image/png']] as const) {
    const response = await request.get((await links.nth(i).getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
  }
});

test('a region profile prints with its sources and without controls', async ({ page }) => {
  await page.goto('/region/410600');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.data-downloads').first()).toBeHidden();
  await expect(page.locator('.source-line').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
