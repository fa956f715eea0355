import { expect, test } from '@playwright/test';

test('hosted under /sign-out/, every address carries the base path', async ({ page }) => {
  await page.goto('/sign-out/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await expect(page).toHaveURL('/sign-out/user-type/');
  await page.getByRole('radio', { name: 'IAM user', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL('/sign-out/iam-user/console/sessions/');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What kind of AWS user are you?');
});

test('a deep link under the base path opens its step', async ({ page }) => {
  await page.goto('/sign-out/iam-user/console/one/steps/2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Choose “Sign out” in the console');
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/sign-out/iam-user/console/one/steps/1/');
});
