import { expect, test } from '@playwright/test';

test('pictures load nothing: no request while walking the steps, and none to another origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/identity-center-user/console-and-access-portal/several/all/steps/1/');
  await expect(page.getByRole('img', { name: /your user name at the upper right/ })).toBeVisible();
  // Once the page's script has taken over (before that, links load pages, as they must without it).
  await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeEnabled();
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);

  requests.length = 0;
  for (const name of ['Sign out of all sessions', 'your user name at the upper right', 'Sign out']) {
    await page.getByRole('link', { name: /^(Next step|I’ve done this step)$/ }).click();
    await expect(page.getByRole('img', { name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole('link', { name: 'I’ve done this step' }).click();
  await expect(page.getByRole('img', { name: /your AWS access portal sign in page/ })).toBeVisible();
  expect(requests).toEqual([]);
});
