import { expect, test } from '@playwright/test';
import { questions } from '../../src/content/questions';
import { pageWords } from '../../src/content/screens';
import { startScreen } from '../../src/content/site';
import { screenAt } from '../support/portal-paths';

test('hosted under /sign-out/, every address carries the base path', async ({ page }) => {
  await page.goto('/sign-out/');
  await page.getByRole('link', { name: startScreen.action }).click();
  await expect(page).toHaveURL('/sign-out/user-type/');
  await page.getByRole('radio', { name: questions.userType.options['iam-user'].label, exact: true }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
  await expect(page).toHaveURL('/sign-out/iam-user/console/sessions/');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.userType.text);
});

test('a deep link under the base path opens its step', async ({ page }) => {
  await page.goto('/sign-out/iam-user/console/one/steps/2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(screenAt('/iam-user/console/one/steps/2/').heading);
  await expect(page.getByRole('link', { name: pageWords.back })).toHaveAttribute('href', '/sign-out/iam-user/console/one/steps/1/');
});
