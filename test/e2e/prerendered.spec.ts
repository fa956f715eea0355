import { expect, test, type Page } from '@playwright/test';
import { pageWords, identifiedScreen, stepScreen, unidentifiedScreen } from '../../src/content/screens';
import { startScreen } from '../../src/content/site';
import { frameWatch, scriptHasTakenOver, watchFrames } from '../engines/page-queries';
import { distinctScreens, inBatches, sitemapPaths } from './sitemap-paths';

// The sitemap lists every prerendered screen, so this walks what the build really wrote; every page's
// markup is checked without a browser by the build's own test. Every frame is watched too: none may go
// without the screen's heading, as it hydrates or as it moves (no-blank-frame.spec.ts watches the rest).
const paths = sitemapPaths();
const batches = inBatches(distinctScreens(paths), 4);

/** Waits, on every animation frame, until React has taken over the page, with the part loaded on demand. */
const waitForHydration = (page: Page) => page.waitForFunction(scriptHasTakenOver);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forwardLinks = new RegExp(
  `^(${[startScreen.action, identifiedScreen.action, stepScreen.next, stepScreen.lastNext, unidentifiedScreen.action].map(escaped).join('|')})$`,
);

/** Does whatever moves on from this screen, as a person would. */
async function moveOn(page: Page) {
  const radio = page.getByRole('radio').first();
  if (await radio.isVisible()) {
    await radio.check();
    return page.getByRole('button', { name: pageWords.continue }).click();
  }
  const forward = page.getByRole('link', { name: forwardLinks });
  if (await forward.isVisible()) return forward.click();
  return page.getByRole('link', { name: pageWords.back, exact: true }).click();
}

test('the build prerendered every screen', () => {
  expect(paths.length).toBeGreaterThan(200);
});

for (const [batch, batchPaths] of batches.entries()) {
  test(`prerendered screens, batch ${batch + 1} of ${batches.length}: each hydrates quietly, then moves without loading a page`, async ({ page }) => {
    // About 30 pages a batch: on a busy two-core machine that takes longer than the default 30 s.
    test.setTimeout(90_000);
    const messages: string[] = [];
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type())) messages.push(`${page.url()} ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`${page.url()} pageerror: ${error.message}`));
    await page.addInitScript(watchFrames);
    for (const path of batchPaths) {
      const response = await page.goto(path);
      // Read while the page hydrates, rather than before.
      const served = response!.text();
      await waitForHydration(page);
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      await page.evaluate(() => Object.assign(window, { samePage: true }));
      expect(await served).toContain(`data-path="${path}"`);
      await moveOn(page);
      const moved = await page.waitForFunction(
        (before) => document.querySelector('h1')?.textContent !== before && { samePage: (window as unknown as { samePage?: boolean }).samePage },
        heading,
      );
      expect(await moved.jsonValue(), path).toEqual({ samePage: true });
      expect(await page.evaluate(frameWatch), `frames without a heading at ${path}, from its first paint to the next screen`).toMatchObject({ blankFrames: 0 });
    }
    expect(messages).toEqual([]);
  });
}
