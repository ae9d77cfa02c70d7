import { expect, test } from '@playwright/test';

// Officials' views, with JavaScript off (plain GET forms and links) and on (the same pages, and
// the compare controls submit themselves: the site's one island).

// What the browser said, so a page that never hydrates explains itself in the failure.
const said: string[] = [];
test.beforeEach(async ({ page }) => {
  said.length = 0;
  page.on('console', (m) => said.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => said.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => said.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
});

async function hydrated(page, info) {
  if (info.project.name === 'js-on') {
    try {
      await page.locator('body[data-hydrated="true"]').waitFor({ timeout: 20_000 });
    } catch (e) {
      throw new Error(`not hydrated; the browser said:\n${said.join('\n')}`);
    }
  }
}

test('compare: change the indicator and the per-capita toggle', async ({ page }, info) => {
  await page.goto('/compare?indicator=local_regulations_enacted');
  await hydrated(page, info);
  await expect(page.locator('#indicator-heading')).toHaveText('制定地方性法规数');
  await expect(page.locator('table.rank-table tbody tr')).toHaveCount(18);
  await expect(page.locator('figure svg[role="img"]')).toHaveCount(1);
  await expect(page.locator('leptos-island[data-component^="AutoSubmit"] #field-indicator')).toHaveCount(1);

  await page.locator('#field-category').selectOption('business_environment');
  if (info.project.name === 'js-off') await page.getByRole('button', { name: '更新' }).click();
  await expect(page).toHaveURL(/category=business_environment/);
  // Each submission loads a new page: wait for its island before the next change.
  await hydrated(page, info);
  await page.locator('#field-indicator').selectOption('penalty_exempted_cases');
  if (info.project.name === 'js-off') await page.getByRole('button', { name: '更新' }).click();
  await expect(page.locator('#indicator-heading')).toHaveText('免予处罚案件');
  await expect(page.locator('.notice')).toContainText('只有洛阳市报告了这项指标');
  await hydrated(page, info);

  await page.locator('#field-per').check();
  if (info.project.name === 'js-off') await page.getByRole('button', { name: '更新' }).click();
  await expect(page).toHaveURL(/per=capita/);
  await expect(page.locator('tr[data-region="410300"]')).toContainText('每万人');
  await expect(page.locator('.citation')).toContainText('河南省第七次全国人口普查公报');
  await page.screenshot({ path: info.outputPath('compare.png'), fullPage: true });
});

test('drill down: overview → region → indicator → source sentence', async ({ page }, info) => {
  await page.goto('/');
  await hydrated(page, info);
  await page.locator('tr[data-region="410600"] th a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('鹤壁市');
  await page.screenshot({ path: info.outputPath('region.png'), fullPage: true });

  await page.getByRole('link', { name: '营商环境评价全省排名' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('营商环境评价全省排名');
  await expect(page.locator('.definition-list')).toContainText('越低越好');
  await page.screenshot({ path: info.outputPath('indicator.png'), fullPage: true });

  await page.locator('table.figure-table a', { hasText: '第3位' }).click();
  await expect(page.locator('blockquote.source-sentence mark')).toHaveText('连续四年排名全省第三');
  await expect(page.locator('.definition-list')).toContainText('人民网');
  await page.screenshot({ path: info.outputPath('observation.png'), fullPage: true });
});

test('the sentence behind Luoyang’s 93%', async ({ page }, info) => {
  await page.goto('/indicator/administrative_mediation_resolution_rate');
  await page.locator('table.figure-table a', { hasText: '93%' }).click();
  await expect(page.locator('blockquote.source-sentence mark')).toHaveText('化解率达93%');
  await page.screenshot({ path: info.outputPath('observation-93.png'), fullPage: true });
});

test('unknown pages say so and link back', async ({ page }) => {
  const response = await page.goto('/region/999999');
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: '返回概览' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('narrow screens: the compare page fits 360 px', async ({ page }, info) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/compare?indicator=local_regulations_enacted');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: info.outputPath('compare-360.png'), fullPage: true });
});

test('pages hydrate without errors', async ({ page }, info) => {
  test.skip(info.project.name !== 'js-on', 'hydration needs JavaScript');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  for (const path of ['/', '/en', '/compare', '/region/410600', '/indicator/local_regulations_enacted',
    '/category/business_environment', '/regions', '/indicators', '/sources',
    '/observation/410300/administrative_mediation_resolution_rate/undated-2022-09']) {
    await page.goto(path);
    await hydrated(page, info);
  }
  expect(errors).toEqual([]);
});
