import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

const paths: Array<{ portal: string; answers: string[]; steps: number; end: string }> = [
  { portal: 'the console', answers: ['Federated identity', 'Several (multi-session)', 'Only the current one'], steps: 2, end: '/federated-identity/console/several/current/done/' },
  { portal: 'the access portal', answers: ['IAM Identity Center user', 'AWS access portal'], steps: 2, end: '/identity-center-user/access-portal/done/' },
  { portal: 'the Builder ID profile', answers: ['I’m not sure', 'No, or I don’t know', 'With a personal profile, no AWS account needed', 'My AWS Builder ID profile'], steps: 2, end: '/not-sure/no/personal-profile/builder-id-profile/done/' },
  { portal: 'a tool used with Builder ID', answers: ['AWS Builder ID user', 'An AWS tool I use with my Builder ID'], steps: 1, end: '/builder-id/builder-id-tool/done/' },
];

for (const { portal, answers, steps, end } of paths) {
  test(`without script, a person signs out of ${portal} from start to done`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Start now' }).click();
    for (const answer of answers) {
      await expect(page.getByRole('radio')).toHaveCount(0);
      const before = page.url();
      await page.getByRole('link', { name: answer, exact: true }).click();
      // Each answer loads the next page; wait for it before looking at what it offers.
      await expect(page).not.toHaveURL(before);
      await page.waitForLoadState();
      if (await page.getByRole('link', { name: 'Continue', exact: true }).isVisible()) {
        await page.getByRole('link', { name: 'Continue', exact: true }).click();
      }
    }
    for (let step = 1; step <= steps; step += 1) {
      await expect(page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
      await page.getByRole('link', { name: /^(Next step|I’ve done this step)$/ }).click();
    }
    await page.getByRole('link', { name: 'Yes, I’m signed out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'You’re signed out' })).toBeVisible();
    await expect(page).toHaveURL(end);
  });
}

test('without script, Back and Change are plain links that work', async ({ page }) => {
  await page.goto('/iam-user/console/several/all/steps/1/');
  await page.getByRole('link', { name: 'Change identities signed in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How many identities are signed in to the console in this browser?');
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What kind of AWS user are you?');
});
