import { expect, test, type Page } from '@playwright/test';
import { questions } from '../../src/content/questions';
import { pageWords, stepScreen, unidentifiedScreen } from '../../src/content/screens';
import { startScreen } from '../../src/content/site';
import { axeViolations, injectAxe } from '../support/browser/axe';
import { frameWatch, scriptHasTakenOver, watchFrames, type FrameWatch } from '../support/browser/page-queries';
import { everyPage, inBatches, sweep } from './sweep-pages';

// What every kind of screen must do in a real browser: hydrate quietly, never show a frame without its
// heading, move on without loading a page and put focus on the new heading, and pass axe in light and
// dark mode. `npm test` opens one sample of each kind and variant (test/support/samples.ts); `npm run
// test:every-page` opens every distinct page. Each page's markup is read without a browser, for every
// page, by the build's own test (test/unit/built-pages.test.ts).
const batchCount = everyPage ? 8 : 2;
/** A page takes about a second on a busy two-core machine. */
const timeFor = (pages: number) => 30_000 + pages * 3_000;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forwardLinks = new RegExp(
  `^(${[startScreen.action, stepScreen.next, stepScreen.lastNext, unidentifiedScreen.action].map(escaped).join('|')})$`,
);

/** Does whatever moves on from this screen, as a person would. */
async function moveOn(page: Page) {
  const radio = page.getByRole('radio').first();
  if (await radio.isVisible()) {
    await radio.check();
    return page.getByRole('button', { name: pageWords.continue }).click();
  }
  const box = page.getByRole('checkbox').first();
  if (await box.isVisible()) {
    await box.check();
    return page.getByRole('button', { name: pageWords.continue }).click();
  }
  const forward = page.getByRole('link', { name: forwardLinks });
  if (await forward.isVisible()) return forward.click();
  return page.getByRole('link', { name: pageWords.back, exact: true }).click();
}

/** Everything the page said went wrong: console errors and warnings (a hydration mismatch among them) and uncaught errors. */
function problemsOf(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(`${page.url()} ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()} pageerror: ${error.message}`));
  return problems;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(watchFrames);
});

for (const [batch, paths] of inBatches(sweep.moving, batchCount).entries()) {
  test(`screens, batch ${batch + 1} of ${batchCount}: each hydrates quietly, shows its heading in every frame, then moves without loading a page, focus on the new heading`, async ({ page }) => {
    test.setTimeout(timeFor(paths.length));
    const problems = problemsOf(page);
    const failures: string[] = [];
    for (const path of paths) {
      const response = await page.goto(path);
      // Read while the page hydrates, rather than before.
      const served = response!.text();
      await page.waitForFunction(scriptHasTakenOver);
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      await page.evaluate(() => Object.assign(window, { samePage: true }));
      if (!(await served).includes(`data-path="${path}"`)) failures.push(`${path}: the page served is not this screen's`);
      await moveOn(page);
      const moved = await page.waitForFunction(
        (before) => {
          const h1 = document.querySelector('h1');
          return h1?.textContent !== before && { samePage: (window as { samePage?: boolean }).samePage === true, focused: document.activeElement === h1 };
        },
        heading,
      );
      const { samePage, focused } = (await moved.jsonValue()) as { samePage: boolean; focused: boolean };
      if (!samePage) failures.push(`${path}: moving on loaded a page`);
      if (!focused) failures.push(`${path}: after moving on, focus is not on the new heading`);
      const seen = (await page.evaluate(frameWatch))!;
      if (seen.blankFrames > 0) failures.push(`${path}: ${seen.blankFrames} frames without a heading (${seen.longestBlank} ms), from its first paint to the next screen`);
    }
    expect(failures).toEqual([]);
    expect(problems).toEqual([]);
  });
}

for (const [batch, addresses] of inBatches(sweep.watched, everyPage ? 4 : 1).entries()) {
  test(`the map, older addresses and broken links, batch ${batch + 1}: no frame without the screen’s heading while the script takes over`, async ({ page }) => {
    test.setTimeout(timeFor(addresses.length));
    const seen: Array<FrameWatch & { address: string; tookOver: boolean }> = [];
    for (const address of addresses) {
      // The watch starts with the document: waiting for the load event too would only slow the test.
      await page.goto(address, { waitUntil: 'commit' });
      const tookOver = await page.waitForFunction(scriptHasTakenOver, undefined, { timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      seen.push({ address, tookOver, ...(await page.evaluate(frameWatch))! });
    }
    expect(seen.filter(({ blankFrames, tookOver }) => blankFrames > 0 || !tookOver)).toEqual([]);
  });
}

test('the first press of “Start now” shows the first question without a frame between the screens', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: startScreen.action });
  // The person's approach fetches the wizard and lets it take the page over.
  await start.hover();
  await page.waitForFunction(scriptHasTakenOver);
  await start.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.userType.text);
  expect(await page.evaluate(frameWatch)).toEqual({ blankFrames: 0, longestBlank: 0 });
});

/**
 * Shows another screen the way the browser's Back and Forward do, without loading a page: the
 * markup is the same as the prerendered page's (the sweep above holds them equal), and far quicker.
 */
async function showScreen(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await expect(page).toHaveURL(path);
  await page.waitForFunction(scriptHasTakenOver);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [batch, paths] of inBatches(sweep.axe[scheme], everyPage ? 2 : 1).entries()) {
    // Dark mode changes only colours: there, the rules that read colour (test/support/browser/axe.ts).
    test(`axe finds no WCAG A or AA violation, ${scheme} mode, batch ${batch + 1}`, async ({ page }) => {
      test.setTimeout(timeFor(paths.length));
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(paths[0]!);
      await page.waitForFunction(scriptHasTakenOver);
      await injectAxe(page);
      const found: string[] = [];
      for (const path of paths) {
        await showScreen(page, path);
        found.push(...(await axeViolations(page, [], scheme === 'dark' ? 'colours' : 'every rule')));
      }
      expect(found).toEqual([]);
    });
  }
}

test('axe finds no WCAG A or AA violation on an older address or a broken link, in light and dark mode', async ({ page }) => {
  test.setTimeout(timeFor(sweep.axeLoaded.length * 2));
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of sweep.axeLoaded) {
      await page.goto(path);
      await page.waitForFunction(scriptHasTakenOver);
      await injectAxe(page);
      found.push(...(await axeViolations(page, [], scheme === 'dark' ? 'colours' : 'every rule')).map((line) => `${scheme}: ${line}`));
    }
  }
  expect(found).toEqual([]);
});
