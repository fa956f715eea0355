import { expect, test, type Page } from '@playwright/test';
import { signOutOf } from '../../src/content/places/place-steps';
import { pageWords, stepScreen } from '../../src/content/screens';
import { questions } from '../../src/content/questions';
import type { Move } from '../support/person-moves';
import { pathTo, placePaths, type WalkedPath } from '../support/walked-paths';
import { at } from '../support/addresses';
import { firstAsset } from './responses';
import { sites } from './sites';

// JavaScript on, but the page's scripts do not arrive (a proxy that drops .js, a flaky connection, a
// chunk a deploy removed). The path ticks boxes at "Where are you signed in?", picks radios and follows
// links, to the end; every answer of every question is asked of the server itself in
// server-responses.spec.ts, and Firefox and WebKit walk the same path (test/engines/).
// Boxes to tick, radios and links, through a checklist of two places: each kind of form once.
const paths: WalkedPath[] = [pathTo('/identity-center-user/this-browser/console+access-portal/several/all/done/')];

/** Refuses every script; or all but the page's own first one, which then cannot load what it loads later. */
async function refuseScripts(page: Page, which: 'every script' | 'the lazily loaded chunks') {
  const first = firstAsset(sites.root.outDir);
  await page.route(/\.js$/, (route) => (which === 'the lazily loaded chunks' && new URL(route.request().url()).pathname === first ? route.continue() : route.abort()));
}

async function walk(page: Page, { moves, end }: WalkedPath, make: (move: Move) => Promise<void>) {
  await page.goto(at.start);
  for (const { move, screen } of moves) {
    await make(move);
    await expect(page).toHaveURL(screen.path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.heading);
    if (screen.stepCaption) await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.stepCaption);
  }
  await expect(page).toHaveURL(end);
}

for (const path of paths) {
  test(`with every script refused, a person walks ${path.name} with the forms as shown, to “${path.moves.at(-1)!.screen.heading}”`, async ({ page }) => {
    await refuseScripts(page, 'every script');
    await walk(page, path, async (move) => {
      if (move.kind === 'follow') return page.getByRole('link', { name: move.label, exact: true }).click();
      for (const box of move.ticks ?? []) await page.getByRole('checkbox', { name: box, exact: true }).check();
      if (!move.ticks) await page.getByRole('radio', { name: move.label, exact: true }).check();
      await page.getByRole('button', { name: pageWords.continue }).click();
    });
  });

  test(`with the lazily loaded chunks refused, a person walks ${path.name} by the links the page shows instead of its forms`, async ({ page }) => {
    await refuseScripts(page, 'the lazily loaded chunks');
    await walk(page, path, async (move) => {
      await page.getByRole('link', { name: move.label, exact: true }).click();
      await page.waitForLoadState();
      if (move.kind === 'choose') await expect(page.getByRole('button', { name: pageWords.continue })).toHaveCount(0);
    });
  });
}

test('with every script refused, Continue with nothing chosen, or with boxes out of order, brings the same question back', async ({ page }) => {
  await refuseScripts(page, 'every script');
  await page.goto(at.userType);
  await page.getByRole('button', { name: pageWords.continue }).click();
  await expect(page).toHaveURL(at.userType);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.userType.text);
  await page.goto(`${at.identityCenterUser.places}?answer=cli&answer=console`);
  await expect(page).toHaveURL(/\/portal\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions.places.text);
});

test('with the lazily loaded chunks refused, a question shows its answers as links, not a form nothing would answer', async ({ page }) => {
  await refuseScripts(page, 'the lazily loaded chunks');
  await page.goto(at.userType);
  await expect(page.getByRole('link', { name: placePaths[0]!.moves[1]!.move.label, exact: true })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: pageWords.continue })).toHaveCount(0);
});

test('when the steps of the places picked don’t arrive, Continue opens the first step as a page of its own, whole without them', async ({ page }) => {
  await page.route(/\/assets\/access-portal-[\w-]+\.js$/, (route) => route.abort());
  await page.goto(at.identityCenterUser.places);
  await page.getByRole('checkbox', { name: 'AWS access portal' }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
  await expect(page).toHaveURL(at.identityCenterUser.portalStep1);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(signOutOf('access-portal', { userType: 'identity-center-user' }).steps[0]!.heading);
  // Without its steps' script the page is as without script: its way on is a link, not a button.
  await expect(page.getByRole('link', { name: stepScreen.next })).toBeVisible();
});
