import { expect, test } from '@playwright/test';
import { login } from './login';

// Figures from a published report, with JavaScript off and on: a supervisor pastes a report,
// keeps one figure of the review (correcting its fields) and drops the rest, commits the
// upload it becomes, and the public compare page shows the figure. Each project uses its own
// year and value so the two can share one server.


test('paste, review, confirm and commit: the figure is public', async ({ browser }, info) => {
  const year = info.project.name === 'js-on' ? '2019' : '2018';
  const value = info.project.name === 'js-on' ? '4123' : '4124';
  const text =
    `鹤壁市${year}年法治政府建设年度报告\n` +
    `${year}年,全市审查行政规范性文件和重大行政决策${value}件,同比增长12%。\n` +
    '全年办理行政复议案件356件。\n';

  const page = await login(browser, 'sup');
  await page.goto('/supervision/extract');
  await page.locator('#extract-text').fill(text);
  await page.locator('#extract-title').fill(`鹤壁市${year}年法治政府建设年度报告`);
  await page.locator('#extract-publisher').fill('鹤壁市人民政府');
  await page.locator('#extract-published').fill(`${Number(year) + 1}-03-15`);
  await page.locator('#extract-region').selectOption('410600');
  await page.getByRole('button', { name: '提取数据' }).click();
  await expect(page).toHaveURL(/\/supervision\/extract\/review$/);

  const rows = page.locator('tr.candidate');
  const kept = rows.filter({ has: page.locator('mark', { hasText: value }) });
  await expect(kept).toHaveCount(1);
  await kept.locator('select[name^="indicator_"]').selectOption('legality_reviews');
  await kept.locator('input[name^="period_"]').fill(year);
  await kept.locator('select[name^="region_"]').selectOption('410600');
  await kept.locator('select[name^="unit_"]').selectOption('cases');
  const others = rows.filter({ hasNot: page.locator('mark', { hasText: value }) });
  for (const row of await others.all()) {
    await row.locator('input[name^="drop_"]').check();
  }
  await page.getByRole('button', { name: '确认并预览上传' }).click();

  await expect(page).toHaveURL(/\/supervision\/uploads\/\d+$/);
  await expect(page.locator('table.preview-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.preview-table')).toContainText('新增');
  await page.locator('#commit-reason').fill('年度报告');
  await page.getByRole('button', { name: '提交全部数据' }).click();
  await expect(page.locator('.upload-status')).toHaveAttribute('data-status', 'committed');

  const publicPage = await browser.newPage();
  await publicPage.goto(`/compare?indicator=legality_reviews&period=${year}`);
  await expect(publicPage.locator('tr[data-region="410600"]')).toContainText(value.replace(/(\d)(\d{3})$/, '$1,$2'));
});
