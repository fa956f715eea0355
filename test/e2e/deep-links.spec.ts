import { expect, test, type Page } from '@playwright/test';
import { questions } from '../../src/content/questions';
import { copyLink } from '../../src/content/screens';
import { linkNotice, productName, startScreen } from '../../src/content/site';
import { screenAt } from '../support/walked-paths';
import { at } from '../support/addresses';

// What an address does that only Playwright sees: dialogs and console messages. The rest of deep
// links and history is in the scenarios every engine runs (test/engines/history-scenarios.ts).

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test('an address with markup in it is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  await page.goto('/iam-user/%3Cimg%20src=x%20onerror=alert(1)%3E/%3Cscript%3Ealert(2)%3C%2Fscript%3E/');
  await expect(heading(page)).toHaveText(questions.whereToSignOut.text);
  await expect(page.getByRole('status').filter({ hasText: linkNotice })).toBeVisible();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('an address without its trailing slash opens the same screen, quietly, at its canonical address', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  const step = screenAt(at.iamUser.allStep2);
  await page.goto(step.path.replace(/\/$/, ''));
  await expect(heading(page)).toContainText(step.heading);
  await expect(page).toHaveURL(step.path);
  await expect(page.getByRole('button', { name: copyLink.action })).toBeEnabled();
  expect(problems).toEqual([]);
});

test('an address published before “here or elsewhere” was asked opens the same screen, quietly, at its new address', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  const step = screenAt(at.iamUser.allStep2);
  const response = await page.goto(at.older.iamUserAllStep2);
  expect(response?.status()).toBe(200);
  // The page written at the old address names the new one as canonical.
  expect(await response?.text()).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${step.path}" />`));
  await expect(heading(page)).toContainText(step.heading);
  await expect(page).toHaveURL(step.path);
  await expect(page.getByRole('status').filter({ hasText: linkNotice })).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a malformed address gets the site’s own page: the nearest screen, the notice and a way to the start', async ({ page }) => {
  for (const address of ['/%', '/..%2F..%2Fetc%2Fpasswd']) {
    const response = await page.goto(address);
    expect(response?.status(), address).toBe(400);
    await expect(page.getByRole('status').filter({ hasText: linkNotice }), address).toBeVisible();
    await page.getByRole('link', { name: productName, exact: true }).click();
    await expect(heading(page), address).toHaveText(startScreen.heading);
  }
});
