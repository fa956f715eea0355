import { expect, test } from '@playwright/test';
import { mapSearch } from '../../src/content/sharing';
import { mapPage, startScreen } from '../../src/content/site';
import { mapPageWords } from '../../src/flow/page-title';
import { screenAt } from '../support/walked-paths';
import { axeViolations, injectAxe } from '../support/browser/axe';
import { scriptHasTakenOver } from '../support/browser/page-queries';
import { everyPage } from './sweep-pages';
import { at } from '../support/addresses';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

test('the map has no WCAG A or AA violation in light mode, nor in dark mode, whole or searched', async ({ page }) => {
  // Every screen's link and copy button on one page: a few seconds, but many times that on a busy machine.
  test.setTimeout(150_000);
  await page.goto(at.map);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mapPage.heading);
  await page.waitForFunction(scriptHasTakenOver);
  await injectAxe(page);
  const found: string[] = [];
  const check = async (shown: string, exclude: string[]) => {
    for (const scheme of ['light', 'dark'] as const) {
      // Without motion: a button's colours would otherwise fade for 120 ms, and axe read them halfway.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      found.push(...(await axeViolations(page, exclude, scheme === 'dark' ? 'colours' : 'every rule')).map((line) => `${shown}, ${scheme}: ${line}`));
    }
  };
  // The map's first two levels hold every kind of item, line and label; `npm run test:every-page` checks the rest.
  await check('whole', everyPage ? [] : ['.screen-map__branches .screen-map__branches']);
  // Every kind of line the results show, at a fraction of the map.
  await page.getByRole('searchbox', { name: mapSearch.label }).fill('current session');
  await expect(page.getByRole('status').filter({ hasText: /screens match “current session”/ })).toBeVisible();
  await check('searched', []);
  expect(found).toEqual([]);
});

test('the map is reached from the start page, a screen its search finds opens from it, and Back returns to the same search', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(at.start);
  await page.getByRole('link', { name: startScreen.mapLink }).click();
  await expect(page).toHaveURL(at.map);
  await expect(page).toHaveTitle(mapPageWords.title);
  const box = page.getByRole('searchbox', { name: mapSearch.label });
  await box.fill('sessions Builder');
  await expect(page).toHaveURL('/map/?q=sessions+Builder');
  const map = page.getByRole('navigation', { name: mapPage.listLabel });
  const found = screenAt(at.builderId.elsewhereStep2);
  await map.getByRole('link', { name: found.heading }).first().click();
  await expect(page).toHaveURL(found.path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(found.heading);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mapPage.heading);
  await expect(box).toHaveValue('sessions Builder');
  await expect(map.getByRole('link', { name: found.heading }).first()).toBeVisible();
  await expect(map.getByRole('link', { name: screenAt(at.iamUser.oneStep1).heading })).toHaveCount(0);
  expect(problems).toEqual([]);
});
