import { expect, test } from '@playwright/test';
import { stepScreen } from '../../src/content/screens';
import { scriptHasTakenOver } from '../support/browser/page-queries';
import { at } from '../support/addresses';

test.use({ viewport: { width: 375, height: 740 } });

test('after a move the new screen starts at its top, its heading focused and showing that it is', async ({ page }) => {
  await page.goto(at.iamUser.oneStep1);
  await page.waitForFunction(scriptHasTakenOver);
  // Scrolled a little, as a reader is who has read the step: its heading still partly in view.
  await page.evaluate(() => window.scrollTo(0, 100));
  expect(await page.evaluate(() => window.scrollY)).toBe(100);
  await page.getByRole('link', { name: stepScreen.next }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Step 2 of 2/ });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const focusStyle = await heading.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(focusStyle.outline !== 'none' || focusStyle.shadow !== 'none').toBe(true);
});
