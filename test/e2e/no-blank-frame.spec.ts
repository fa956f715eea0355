import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { resolvePath } from '../../src/address/address';
import { placesIn } from '../../src/content/places/registry';
import { questions } from '../../src/content/questions';
import { answersOf } from '../../src/flow/screen';
import { startScreen } from '../../src/content/site';
import { parseRegistry, registryFile } from '../../scripts/published-addresses';
import { brokenLinks } from '../support/broken-links';
import { frameWatch, scriptHasTakenOver, watchFrames, type FrameWatch } from '../engines/page-queries';
import { distinctScreens, inBatches, isOfAWatchedSet, sitemapPaths } from './sitemap-paths';

// Once a page has shown its main heading, no frame may go without one: not while the script takes the
// page over (hydrating it, or putting another screen in its place), nor on the first move from the start.
// Every published address is watched but for screens of sets of places, which are made of the same pieces
// as single places: those of the sets offered as links are watched on the direct paths, and after "I'm not
// sure" only single places. The screens prerendered.spec.ts opens and moves on from are watched there, the
// rest here (older addresses, the map, screens reached through "I'm not sure"), with the broken links.
const watchedWhileMoving = new Set(distinctScreens(sitemapPaths()));
const isWatchedHere = (address: string) => {
  const answers = answersOf(resolvePath(address).snapshot);
  return !watchedWhileMoving.has(address) && isOfAWatchedSet(address) && (answers.userType !== 'not-sure' || placesIn(answers.places).length < 2);
};
const addresses = [...parseRegistry(readFileSync(registryFile, 'utf8')).filter(isWatchedHere), ...brokenLinks];
const batches = inBatches(addresses, 4);

interface Seen extends FrameWatch {
  address: string;
  tookOver: boolean;
}

async function openWatched(page: Page, address: string): Promise<Seen> {
  // The watch starts with the document: waiting for the load event too would only slow the test.
  await page.goto(address, { waitUntil: 'commit' });
  const tookOver = await page.waitForFunction(scriptHasTakenOver, undefined, { timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  const seen = await page.evaluate(frameWatch);
  return { address, tookOver, ...seen! };
}

const longest = (seen: readonly Seen[]) => seen.reduce((worst, each) => (each.longestBlank > worst.longestBlank ? each : worst));

test.beforeEach(async ({ page }) => {
  await page.addInitScript(watchFrames);
});

for (const [batch, batchAddresses] of batches.entries()) {
  test(`published addresses and broken links, batch ${batch + 1} of ${batches.length}: no frame without the screen’s heading while the script takes over`, async ({ page }) => {
    // About 110 pages a batch, on a two-core machine running the other suites beside this one.
    test.setTimeout(150_000);
    const seen: Seen[] = [];
    for (const address of batchAddresses) seen.push(await openWatched(page, address));
    const worst = longest(seen);
    console.log(`longest blank, batch ${batch + 1}: ${worst.longestBlank} ms (${worst.address})`);
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
  const seen = await page.evaluate(frameWatch);
  console.log(`longest blank, first Start now: ${seen!.longestBlank} ms`);
  expect(seen).toEqual({ blankFrames: 0, longestBlank: 0 });
});
