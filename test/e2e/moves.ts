import type { Page } from '@playwright/test';
import { pageWords } from '../../src/content/screens';
import type { Move } from '../support/person-moves';
import { checkboxLabels } from '../support/browser/page-queries';

/** Makes a move as a person does with script: an answer's radio, or exactly the boxes that make it, then Continue; or a link. */
export async function make(page: Page, { kind, label: name, ticks }: Move) {
  if (kind === 'follow') return page.getByRole('link', { name, exact: true }).click();
  if (ticks) {
    for (const box of await page.evaluate(checkboxLabels)) await page.getByRole('checkbox', { name: box, exact: true }).setChecked(ticks.includes(box));
  } else await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
}
