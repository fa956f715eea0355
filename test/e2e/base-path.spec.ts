import { expect, test } from '@playwright/test';
import { questions } from '../../src/content/questions';
import { pageWords } from '../../src/content/screens';
import { linkNotice, startScreen } from '../../src/content/site';
import { screenAt } from '../support/walked-paths';
import { checkEach, expectHostRulesAgree, expectSecurityHeaders, firstAsset } from './responses';
import { sampledPaths, screenSamples } from '../support/samples';
import { sites } from './sites';
import { answerLabel } from '../support/labels';
import { at } from '../support/addresses';
import { answerRedirects } from '../../scripts/deploy/answer-redirects';

test('hosted under /sign-out/, every address carries the base path', async ({ page }) => {
  await page.goto('/sign-out/');
  await page.getByRole('link', { name: startScreen.action }).click();
  await expect(page).toHaveURL('/sign-out/user-type/');
  await page.getByRole('radio', { name: answerLabel('userType', 'iam-user'), exact: true }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
  await expect(page).toHaveURL('/sign-out/iam-user/here-or-elsewhere/');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.userType.text);
});

test('a deep link under the base path opens its step', async ({ page }) => {
  await page.goto('/sign-out/iam-user/this-browser/console/one/steps/2/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(screenAt(at.iamUser.oneStep2).heading);
  await expect(page.getByRole('link', { name: pageWords.back })).toHaveAttribute('href', '/sign-out/iam-user/this-browser/console/one/steps/1/');
});

test('an address under the base path published before “here or elsewhere” opens its step at its new address', async ({ page }) => {
  expect((await page.goto('/sign-out/iam-user/console/one/steps/2/'))!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(screenAt(at.iamUser.oneStep2).heading);
  await expect(page).toHaveURL('/sign-out/iam-user/this-browser/console/one/steps/2/');
});

test('under /sign-out/, nginx sends the same headers, redirects and 404 page as at the root', async ({ request }) => {
  const asset = firstAsset(sites.base.outDir);
  expect(asset).toMatch(/^\/sign-out\/assets\//);
  for (const path of ['/sign-out/', '/sign-out/user-type/', '/sign-out/404.html', asset, '/sign-out/user-type', '/sign-out/no-such-page/']) {
    expectSecurityHeaders((await request.get(path, { maxRedirects: 0 })).headers(), path);
  }
  expect((await request.get(asset)).headers()['cache-control']).toContain('immutable');
  const pages = new Set(sampledPaths(screenSamples()).map((path) => `/sign-out${path}`));
  await expectHostRulesAgree(request, sites.base.outDir, ['/sign-out/', '/sign-out/user-type/', '/sign-out/no-such-page/', asset], pages);
});

test('an unknown address under the base path shows the nearest screen with the notice', async ({ page }) => {
  const response = await page.goto('/sign-out/root-user/this-browser/access-portal/steps/1/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('status').filter({ hasText: linkNotice })).toBeVisible();
  await expect(page).toHaveURL(`/sign-out${at.rootUser.places}`);
});

test('under /sign-out/, a form sent without script gets a 303 to its screen under the base path', async ({ request }) => {
  const wrong: string[] = [];
  await checkEach(answerRedirects('/sign-out/'), async ({ from, query, to }) => {
    const response = await request.get(`${from}?${query}`, { maxRedirects: 0 });
    if (response.status() !== 303 || response.headers().location !== to) wrong.push(`${from}?${query}: ${response.status()} ${response.headers().location}`);
  });
  expect(wrong).toEqual([]);
  const back = await request.get('/sign-out/user-type/?answer=zzz', { maxRedirects: 0 });
  expect(back.headers().location).toBe('/sign-out/user-type/');
});
