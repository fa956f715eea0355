import { expect, test, type Page } from '@playwright/test';
import { copyLink } from '../../src/content/screens';
import { axeViolations, injectAxe } from './axe';
import { inBatches, sitemapPaths } from './sitemap-paths';

async function openScreen(page: Page, path: string) {
  await page.goto(path);
  if (path !== '/') await expect(page.getByRole('button', { name: copyLink.action })).toBeEnabled();
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
  if (path !== '/') await expect(page.getByRole('button', { name: copyLink.action })).toBeEnabled();
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
