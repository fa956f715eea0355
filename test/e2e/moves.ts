import type { Page } from '@playwright/test';
import { pageWords } from '../../src/content/screens';
import type { Move } from '../support/person-moves';

/** Makes a move as a person does with script: an answer's radio then Continue, or a link. */
export async function make(page: Page, { kind, label: name }: Move) {
  if (kind === 'follow') return page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByRole('button', { name: pageWords.continue }).click();
}
