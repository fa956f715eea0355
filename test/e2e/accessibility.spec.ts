import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, injectAxe, wcagAA } from './axe';
import { inBatches, sitemapPaths } from './sitemap-paths';

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  return results.violations.map((violation) => `${page.url()}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
}

async function openScreen(page: Page, path: string) {
  await page.goto(path);
  if (path !== '/') await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeEnabled();
}

/**
 * Shows another screen the way the browser's Back and Forward do, without loading a page: the
 * markup is the same as the prerendered page's (the hydration test holds them equal), and far quicker.
 */
async function showScreen(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(path);
  if (path !== '/') await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeEnabled();
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [batch, paths] of inBatches(sitemapPaths(), 2).entries()) {
    test(`axe finds no WCAG A or AA violation on any screen, ${scheme} mode, batch ${batch + 1}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await openScreen(page, paths[0]!);
      await injectAxe(page);
      const found: string[] = [];
      for (const path of paths) {
        await showScreen(page, path);
        found.push(...(await axeViolations(page)));
      }
      expect(found).toEqual([]);
    });
  }
}

test('axe finds no violation in the error summary', async ({ page }) => {
  await openScreen(page, '/identity-center-user/portal/');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe finds no violation in the broken-link notice', async ({ page }) => {
  await openScreen(page, '/root-user/access-portal/steps/9/');
  await expect(page.getByText('We didn’t recognise all of that link')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe finds no violation in the copy-link fallback', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await openScreen(page, '/iam-user/console/one/done/');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByRole('textbox')).toBeFocused();
  expect(await violations(page)).toEqual([]);
});
