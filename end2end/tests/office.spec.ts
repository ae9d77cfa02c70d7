import { expect, test } from '@playwright/test';
import { login } from './login';

// The supervision office, with JavaScript off and on: a supervisor sets a target, an editor
// uploads a file, the board and the public compare page change, the audit trail shows it.
// Each project uses its own period so the two can share one server.


test('an upload moves the board, the public page and the audit trail', async ({ browser }, info) => {
  const period = info.project.name === 'js-on' ? '2024' : '2025';
  const targetId = `e2e-hebi-${period}`;

  const supervisor = await login(browser, 'sup');
  await supervisor.goto('/supervision/targets');
  await supervisor.locator('#target-id').fill(targetId);
  await supervisor.locator('#target-indicator').selectOption('service_time_limit_reduction');
  await supervisor.locator('#target-scope').selectOption('410600');
  await supervisor.locator('#target-comparator').selectOption('>=');
  await supervisor.locator('#target-value').fill('75');
  await supervisor.locator('#target-period').fill(period);
  await supervisor.locator('#target-set-by').fill('鹤壁市依法治市办');
  await supervisor.locator('#target-reason').fill('年度目标');
  await supervisor.getByRole('button', { name: '保存' }).first().click();
  await expect(supervisor.locator('.flash--ok')).toContainText(targetId);

  const editor = await login(browser, 'hebi');
  await editor.goto('/supervision?region=410600&status=no_data');
  await expect(editor.locator('tr[data-status="no_data"]').filter({ hasText: '≥ 75%' }).first()).toBeVisible();

  await editor.goto('/supervision/upload');
  const csv =
    'region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n' +
    `410600,service_time_limit_reduction,${period},80,exact,percent,,rmw-20220917,,鹤壁市${period}年报第3页,\n`;
  await editor.locator('#upload-file').setInputFiles({ name: 'hebi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await editor.getByRole('button', { name: '上传并预览' }).click();
  await expect(editor).toHaveURL(/\/supervision\/uploads\/\d+$/);
  await expect(editor.locator('table.preview-table')).toContainText('新增');
  await editor.locator('#commit-reason').fill('年报数据');
  await editor.getByRole('button', { name: '提交全部数据' }).click();
  await expect(editor.locator('.upload-status')).toHaveAttribute('data-status', 'committed');

  await editor.goto('/supervision?region=410600&status=met');
  await expect(editor.locator('tr[data-status="met"]').filter({ hasText: '+5个百分点' }).first()).toBeVisible();

  const publicPage = await browser.newPage();
  await publicPage.goto(`/compare?indicator=service_time_limit_reduction&period=${period}`);
  await expect(publicPage.locator('tr[data-region="410600"]')).toContainText('80%');

  await supervisor.goto('/supervision/audit?user=hebi');
  await expect(supervisor.locator('table.audit-table')).toContainText('upload.commit');
  await expect(supervisor.locator('table.audit-table')).toContainText(`410600/service_time_limit_reduction/${period}`);
});

test('office pages need a login and wrong roles are refused', async ({ browser }) => {
  const anonymous = await browser.newPage();
  await anonymous.goto('/supervision/audit');
  await expect(anonymous).toHaveURL(/\/login\?next=%2Fsupervision%2Faudit/);
  const editor = await login(browser, 'hebi');
  const response = await editor.goto('/supervision/audit');
  expect(response?.status()).toBe(403);
});
