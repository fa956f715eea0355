import { expect, test } from '@playwright/test';
import { scriptHasTakenOver } from '../support/browser/page-queries';
import { at } from '../support/addresses';

// A prerendered page must not move under the reader when its script and on-demand styles arrive.
for (const path of [at.start, at.userType, at.iamUser.allStep2, at.identityCenterUser.portalCheck, at.map]) {
  test(`${path} does not shift as it loads`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    // Once the script has taken the page over (the start page's at its first idle moment), with what it loads on demand.
    await page.waitForFunction(scriptHasTakenOver);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const total = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));
    expect(total).toBeLessThan(0.01);
  });
}
