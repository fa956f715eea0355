import { expect, test, type Page } from '@playwright/test';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function choose(page: Page, label: string) {
  await page.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a deep link to a step opens that step, with the answers that lead there', async ({ page }) => {
  await page.goto('/identity-center-user/console-and-access-portal/several/all/steps/3/');
  await expect(heading(page)).toContainText('Choose your user name in the access portal');
  await expect(page.getByText('Step 3 of 4')).toBeVisible();
  const answers = page.getByRole('region', { name: 'Your answers' });
  await expect(answers).toContainText('IAM Identity Center user');
  await expect(answers).toContainText('Both: the access portal and a console I opened from it');
  await expect(answers).toContainText('All of them');
  await expect(page).toHaveTitle('Choose your user name in the access portal – Sign out of AWS');
});

test('Back, Forward and reload walk the wizard screen by screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start now' }).click();
  await choose(page, 'IAM Identity Center user');
  await choose(page, 'AWS access portal');
  await expect(heading(page)).toContainText('Choose your user name in the access portal');
  await expect(page).toHaveURL('/identity-center-user/access-portal/steps/1/');

  await page.goBack();
  await expect(heading(page)).toHaveText('Where are you signed in?');
  await expect(page.getByRole('radio', { name: 'AWS access portal' })).toBeChecked();
  await expect(page).toHaveTitle('Where are you signed in? – Sign out of AWS');
  await page.goBack();
  await expect(heading(page)).toHaveText('What kind of AWS user are you?');
  await expect(page).toHaveURL('/user-type/');

  await page.goForward();
  await expect(heading(page)).toHaveText('Where are you signed in?');
  await expect(page).toHaveURL('/identity-center-user/portal/');
  await expect(heading(page)).toBeFocused();

  await page.reload();
  await expect(heading(page)).toHaveText('Where are you signed in?');
  await expect(page.getByRole('region', { name: 'Your answers' })).toContainText('IAM Identity Center user');
});

test('the wizard’s Back link and the browser’s Back go to the same screen', async ({ page }) => {
  await page.goto('/iam-user/console/sessions/');
  await choose(page, 'Several (multi-session)');
  await choose(page, 'Only the current one');
  await page.getByRole('link', { name: 'Next step' }).click();
  await expect(page).toHaveURL('/iam-user/console/several/current/steps/2/');

  await page.getByRole('link', { name: 'Back' }).click();
  const afterLink = page.url();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL('/iam-user/console/several/current/steps/1/');
  expect(page.url()).toBe(afterLink);
});

test('moving between screens does not load a page', async ({ page }) => {
  await page.goto('/user-type/');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await choose(page, 'IAM user');
  await choose(page, 'Just one');
  await page.goBack();
  await expect(heading(page)).toHaveText('How many identities are signed in to the console in this browser?');
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('a copied link opens the same screen in a new page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/builder-id/builder-id-profile/steps/1/');
  await page.getByRole('link', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  // The wizard's pages may write to the clipboard but not read it (Permissions-Policy): a bare page of
  // the same origin, made up here, reads what was copied.
  await context.route('**/read-clipboard/', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Clipboard</title>' }));
  const fresh = await context.newPage();
  await fresh.goto('/read-clipboard/');
  const copied = await fresh.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/builder-id\/builder-id-profile\/steps\/2\/$/);

  await fresh.goto(copied);
  await expect(heading(fresh)).toContainText('Choose “Sign out” on your profile page');
});

test('where the clipboard is refused, the link is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto('/iam-user/console/one/check/');
  await page.getByRole('button', { name: 'Copy link to this step' }).click();
  const field = page.getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/iam-user\/console\/one\/check\/$/);
  expect(await field.evaluate((input: HTMLInputElement) => (input.selectionEnd ?? 0) - (input.selectionStart ?? 0))).toBe(
    (await field.inputValue()).length,
  );
});

test('a broken link shows the notice and puts the canonical address in the location bar', async ({ page }) => {
  const response = await page.goto('/root-user/access-portal/steps/1/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('status').filter({ hasText: 'We didn’t recognise all of that link' })).toBeVisible();
  await expect(heading(page)).toHaveText('How many identities are signed in to the console in this browser?');
  await expect(page).toHaveURL('/root-user/console/sessions/');
});

test('an address with markup in it is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    return dialog.dismiss();
  });
  await page.goto('/iam-user/%3Cimg%20src=x%20onerror=alert(1)%3E/%3Cscript%3Ealert(2)%3C%2Fscript%3E/');
  await expect(heading(page)).toHaveText('How many identities are signed in to the console in this browser?');
  await expect(page.getByRole('status').filter({ hasText: 'We didn’t recognise all of that link' })).toBeVisible();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('an address without its trailing slash opens the same screen, quietly, at its canonical address', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  await page.goto('/iam-user/console/several/all/steps/2');
  await expect(heading(page)).toContainText('Choose “Sign out of all sessions” in the console');
  await expect(page).toHaveURL('/iam-user/console/several/all/steps/2/');
  await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeEnabled();
  expect(problems).toEqual([]);
});

test('a link within the page (skip link, error summary) is not taken for a move through the wizard', async ({ page }) => {
  await page.goto('/root-user/access-portal/steps/1/');
  const notice = page.getByRole('status').filter({ hasText: 'We didn’t recognise all of that link' });
  await expect(notice).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(notice).toBeVisible();

  await page.goto('/iam-user/console/several/all/steps/1/');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(heading(page)).toHaveText('How many identities are signed in to the console in this browser?');
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.skip-link')?.click());
  await choose(page, 'Several (multi-session)');
  await expect(page.getByRole('radio', { name: 'All of them' })).toBeChecked();
});
