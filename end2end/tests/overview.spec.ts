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

test('screenshot of the overview for the README', async ({ page }, info) => {
  test.skip(info.project.name !== 'js-on', 'one screenshot is enough');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await page.screenshot({ path: 'screenshots/overview.png', fullPage: false });
  await page.screenshot({ path: info.outputPath('overview-full.png'), fullPage: true });
});
