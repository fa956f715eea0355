import { drawingsOf } from '../../src/content/procedure';
import { expect, test } from '@playwright/test';
import { resolvePath } from '../../src/address/address';
import { copyLink } from '../../src/content/screens';
import { screenModelOf } from '../../src/flow/screen-model';
import { stepsFor } from '../../src/flow/what-applies';
import { pathTo } from '../support/walked-paths';
import { make } from './moves';
import { at } from '../support/addresses';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

test('pictures load nothing: no request while walking the steps, and none to another origin', async ({ page, baseURL }) => {
  const check = at.identityCenterUser.bothAllCheck;
  const steps = stepsFor(screenModelOf(resolvePath(check).snapshot).situation!);
  const pictures = [...steps.flatMap(drawingsOf).map((drawing) => drawing.alt), steps.at(-1)?.procedure.success.picture?.alt];
  // The move to the first step, then one "next" move to each following step and to the check.
  const [toFirstStep, ...throughSteps] = pathTo(check).moves.slice(-steps.length - 1);
  const requests: Array<{ url: string; type: string }> = [];
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  await page.goto(toFirstStep!.screen.path);
  await expect(page.getByRole('img', { name: pictures[0] })).toBeVisible();
  // Once the page's script has taken over (before that, links load pages, as they must without it).
  await expect(page.getByRole('button', { name: copyLink.action })).toBeEnabled();
  expect(requests.filter(({ url }) => !url.startsWith(baseURL!))).toEqual([]);

  requests.length = 0;
  for (const [index, { move }] of throughSteps.entries()) {
    await make(page, move);
    await expect(page.getByRole('img', { name: pictures[index + 1] })).toBeVisible();
  }
  // The check loads ahead the steps of the places its answer may offer to add: scripts, not pictures.
  expect(requests.filter(({ type }) => type !== 'script')).toEqual([]);
});
