import type { Page } from '@playwright/test';
import { pageWords } from '../../src/content/screens';
import type { Move } from '../support/person-moves';

/** Makes a move as a person does with script: an answer's radio, or exactly the boxes that make it, then Continue; or a link. */
export async function make(page: Page, { kind, label: name, ticks }: Move) {
  if (kind === 'follow') return page.getByRole('link', { name, exact: true }).click();
  if (ticks) {
    const boxes = await page
      .locator('input[type="checkbox"]')
      .evaluateAll((inputs) => inputs.map((input) => ((input as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim()));
    for (const box of boxes) await page.getByRole('checkbox', { name: box, exact: true }).setChecked(ticks.includes(box));
  } else await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
}
