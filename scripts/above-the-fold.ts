// `npm run above-the-fold`: on a 375 x 740 phone, where every question and step screen puts its main
// button, read in Chromium from the built site (npm run build:test-sites). Prints how many show it
// without scrolling, the lowest ones, and the first three screens' heights; it passes or fails nothing.
import { chromium } from '@playwright/test';
import { pathOf } from '../src/address/address.ts';
import { reachableScreens } from '../src/flow/reachable.ts';
import { screenModelOf } from '../src/flow/screen-model.ts';
import { chromeFlags, chromePath } from './chrome.ts';
import { testBuilds } from './build-site.ts';
import { serve } from './bench/serve.ts';
import { scriptHasTakenOver } from '../test/support/browser/page-queries.ts';
import { loadEveryPlaceSteps } from '../src/content/places/place-steps.ts';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

const phone = { width: 375, height: 740 };

const screens = reachableScreens().flatMap((snapshot) => {
  const model = screenModelOf(snapshot);
  return model.kind === 'question' || model.kind === 'step' ? [{ path: pathOf(snapshot), kind: model.kind }] : [];
});

const server = await serve(process.cwd(), testBuilds.root.outDir, 4310);
const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
const page = await browser.newPage({ viewport: phone });

/** The bottom of the screen's main button, in CSS pixels from the top of the page. */
async function primaryActionBottom(path: string) {
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(scriptHasTakenOver);
  return page.evaluate(() => {
    const action = document.querySelector('main form button[type="submit"], main .button-group .button');
    return action ? action.getBoundingClientRect().bottom + window.scrollY : Number.POSITIVE_INFINITY;
  });
}

const measured: { path: string; kind: string; bottom: number }[] = [];
for (const screen of screens) measured.push({ ...screen, bottom: await primaryActionBottom(screen.path) });

const heights: string[] = [];
for (const path of ['/', '/user-type/', '/not-sure/created-account/']) {
  await page.goto(`${server.url}${path}`);
  heights.push(`${path} ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
}
await browser.close();
server.close();

const above = measured.filter(({ bottom }) => bottom <= phone.height);
for (const kind of ['question', 'step']) {
  const ofKind = measured.filter((each) => each.kind === kind);
  console.log(`${kind} screens: main button above the fold on ${ofKind.filter(({ bottom }) => bottom <= phone.height).length} of ${ofKind.length}`);
}
console.log(`all: ${above.length} of ${measured.length} (${((100 * above.length) / measured.length).toFixed(1)}%)`);
const below = measured.filter(({ bottom }) => bottom > phone.height).toSorted((a, b) => b.bottom - a.bottom);
console.log(`below the fold${process.argv.includes('--all') ? '' : ', the lowest (--all for every one)'}:`);
for (const { path, bottom } of process.argv.includes('--all') ? below : below.slice(0, 12)) console.log(`  ${Math.round(bottom)} px ${path}`);
console.log(`page heights at 375 px: ${heights.join(', ')}`);
