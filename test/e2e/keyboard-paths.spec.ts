import { expect, test } from '@playwright/test';
import { portalPaths } from '../support/portal-paths';
import { chooseWithKeyboard, followWithKeyboard } from './keyboard';

for (const { portal, answers, steps, end } of portalPaths) {
  test(`signs out of ${portal} from start to done with the keyboard alone`, async ({ page }) => {
    await page.goto('/');
    await followWithKeyboard(page, 'Start now');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    for (const answer of answers) {
      await chooseWithKeyboard(page, answer);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    }
    for (let step = 1; step <= steps; step += 1) {
      await expect(page.getByText(`Step ${step} of ${steps}`)).toBeVisible();
      await followWithKeyboard(page, /^(Next step|I’ve done this step)$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Check that it worked' })).toBeVisible();
    await chooseWithKeyboard(page, 'Yes, I’m signed out');
    await expect(page.getByRole('heading', { level: 1, name: 'You’re signed out' })).toBeFocused();
    await expect(page).toHaveURL(end);
    await expect(page).toHaveTitle('You’re signed out – Sign out of AWS');
  });
}

test('a selected answer card shows focus while its radio has it', async ({ page }) => {
  await page.goto('/user-type/');
  await page.getByRole('radio', { name: 'IAM user' }).focus();
  await page.keyboard.press('ArrowDown');
  const card = page.locator('.radio', { has: page.getByRole('radio', { name: 'IAM Identity Center user' }) });
  await expect(card).toHaveCSS('outline-style', 'solid');
});

test('focus is always visible while tabbing', async ({ page }) => {
  await page.goto('/iam-user/console/several/all/steps/2/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const focusable = await page.locator('a[href], button').count();
  expect(focusable).toBeGreaterThan(5);
  for (let presses = 0; presses < focusable; presses += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, width: parseFloat(style.outlineWidth), outline: style.outlineStyle };
    });
    expect(outline).toMatchObject({ tag: expect.stringMatching(/^(A|BUTTON)$/), outline: 'solid' });
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});
