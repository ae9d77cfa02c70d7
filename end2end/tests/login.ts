import { expect, type Browser } from '@playwright/test';

export const password = process.env.E2E_PASSWORD ?? 'end-to-end test password';

/** A new browser context signed in as `name` (the end-to-end users share one password). */
export async function login(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/supervision');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.locator('#login-name').fill(name);
  await page.locator('#login-password').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/supervision$/);
  return page;
}
