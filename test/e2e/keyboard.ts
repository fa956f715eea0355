import { expect, type Locator, type Page } from '@playwright/test';

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Presses Tab until the target has focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Chooses an option of the radio group and continues, with the keyboard only. */
export async function chooseWithKeyboard(page: Page, label: string) {
  const radios = page.getByRole('radio');
  await tabTo(page, radios.first());
  const target = page.getByRole('radio', { name: label, exact: true });
  for (let presses = 0; !(await isFocused(target)); presses += 1) {
    if (presses > 10) throw new Error(`Arrow keys never reached ${label}`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
}

/** Follows a link with the keyboard only. */
export async function followWithKeyboard(page: Page, name: string | RegExp) {
  await tabTo(page, page.getByRole('link', { name, exact: typeof name === 'string' }));
  await page.keyboard.press('Enter');
}
