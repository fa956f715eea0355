import { expect, test, type Page } from '@playwright/test';
import { questions } from '../../src/content/questions';
import { loadEveryPlaceSteps, signOutOf } from '../../src/content/places/place-steps';
import { copyLink, pageWords } from '../../src/content/screens';
import { startScreen } from '../../src/content/site';
import { scriptHasTakenOver } from '../support/browser/page-queries';
import { at } from '../support/addresses';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

/** The scripts the page has asked for, by file name. */
function scriptsRequested(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  return names;
}

test('the start page loads the wizard’s code only when the person is about to start, then starts without loading a page', async ({ page }) => {
  // The browser is never idle here, so only the person's approach can fetch the wizard.
  await page.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
  const scripts = scriptsRequested(page);
  await page.goto(at.start);
  await page.waitForLoadState('networkidle');
  expect(scripts).toHaveLength(1);
  expect(await page.evaluate(scriptHasTakenOver, copyLink.action)).toBe(false);

  const start = page.getByRole('link', { name: startScreen.action });
  await start.hover();
  await page.waitForFunction(scriptHasTakenOver, copyLink.action);
  expect(scripts.some((name) => name.startsWith('mount-'))).toBe(true);
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await start.click();
  await expect(page).toHaveURL(at.userType);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.userType.text);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test('on the start page, the first idle moment fetches the wizard’s code without any approach', async ({ page }) => {
  await page.goto(at.start);
  await page.waitForFunction(scriptHasTakenOver, copyLink.action);
});

test('a place’s steps load once the person picks it, for its first step to show, and no other place’s', async ({ page }) => {
  const scripts = scriptsRequested(page);
  await page.goto('/iam-user/this-browser/portal/');
  await page.waitForFunction(scriptHasTakenOver, copyLink.action);
  expect(scripts.filter((name) => /^(cli|console)-/.test(name))).toEqual([]);
  await page.getByRole('checkbox', { name: 'The AWS CLI, in a terminal' }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
  await expect(page).toHaveURL('/iam-user/this-browser/cli/steps/1/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(signOutOf('cli', { userType: 'iam-user' }).steps[0]!.heading);
  expect(scripts.filter((name) => /^(cli|console)-/.test(name)).map((name) => name.split('-')[0])).toEqual(['cli']);
});
