import { expect, test, type Page } from '@playwright/test';
import { scriptHasTakenOver } from '../engines/page-queries';
import { axeViolations, injectAxe } from './axe';
import { distinctScreens, inBatches, sitemapPaths } from './sitemap-paths';

/** Waits, on every animation frame, until the page's script has taken over the screen shown. */
const waitForScript = (page: Page) => page.waitForFunction(scriptHasTakenOver);

async function openScreen(page: Page, path: string) {
  await page.goto(path);
  await waitForScript(page);
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
  await waitForScript(page);
}

const screens = distinctScreens(sitemapPaths());
/**
 * Light mode on every distinct screen. Dark mode changes colours only, the same for every screen of a
 * kind, so a third of them, spread across every kind and path, are checked in it too.
 */
const inScheme = { light: screens, dark: inBatches(screens, 3)[0]! };

for (const scheme of ['light', 'dark'] as const) {
  for (const [batch, paths] of inBatches(inScheme[scheme], 2).entries()) {
    test(`axe finds no WCAG A or AA violation on ${scheme === 'light' ? 'every distinct screen' : 'a third of the distinct screens'}, ${scheme} mode, batch ${batch + 1}`, async ({ page }) => {
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
