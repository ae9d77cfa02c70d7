import { expect, test } from '@playwright/test';

test('overview shows the seed data, in Chinese by default', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('河南法治建设数据看板');
  const table = page.locator('table.coverage-table');
  await expect(table.locator('tbody tr')).toHaveCount(18);
  await expect(table.locator('tr[data-region="410600"] th')).toHaveText('鹤壁市');
  await expect(table.locator('tr[data-region="410100"]')).toContainText('未报告');
  await expect(page.getByRole('link', { name: '全部数据(CSV,UTF-8)' })).toHaveAttribute('href', '/downloads/observations.csv');
  await expect(page.locator('.loading')).toHaveCount(0);
});

test('the English overview has its own URL', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henan Rule-of-Law Dashboard');
  await expect(page.locator('tr[data-region="410100"]')).toContainText('not reported');
});

test('the coverage filter works as a link', async ({ page }) => {
  await page.goto('/');
  await page.locator('#coverage-toggle').click();
  await expect(page).toHaveURL(/\?reporting=only$/);
  await expect(page.locator('table.coverage-table tbody tr')).toHaveCount(5);
  await expect(page.locator('tr[data-region="410100"]')).toHaveCount(0);
  await page.locator('#coverage-toggle').click();
  await expect(page.locator('table.coverage-table tbody tr')).toHaveCount(18);
});

test('the raw data downloads as CSV', async ({ request }) => {
  const response = await request.get('/downloads/observations.csv');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const text = await response.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split('\n')[0]).toMatch(/^region,region_name_zh,region_name_en,indicator,/);
});

// The overview is the first page people see: at a desktop width and a phone's, the title is on
// the first screen (with the key figures on a desktop's), and nothing scrolls sideways. The README's picture is
// written only when asked (`make screenshot`), never by a test run.
for (const width of [1280, 360]) {
  test(`the overview fits a ${width}px screen`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    if (width === 1280) await expect(page.getByRole('heading', { name: '主要数字' })).toBeInViewport();
    await expect(page.locator('table.coverage-table')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`overview-${width}.png`), fullPage: true });
    if (width === 1280 && info.project.name === 'js-on' && process.env.README_SCREENSHOT) {
      await page.screenshot({ path: 'screenshots/overview.png', fullPage: false });
    }
  });
}
