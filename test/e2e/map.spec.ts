import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { wcagAA } from './axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`the map has no WCAG A or AA violation in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/map/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every path through the wizard');
    const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('the map is reached from the start page, and its links open their screens', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/');
  await page.getByRole('link', { name: 'Or see every path through the wizard on one page' }).click();
  await expect(page).toHaveURL('/map/');
  await expect(page).toHaveTitle('Every path through the wizard – Sign out of AWS');
  const map = page.getByRole('navigation', { name: 'Every screen' });
  await map.getByRole('link', { name: 'Choose “Sign out” in the access portal' }).first().click();
  await expect(page).toHaveURL('/identity-center-user/access-portal/steps/2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Choose “Sign out” in the access portal');
  await page.goBack();
  await expect(page).toHaveURL('/map/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every path through the wizard');
  expect(problems).toEqual([]);
});
