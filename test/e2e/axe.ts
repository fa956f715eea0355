import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

export const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page once, for many runs in the same document. (@axe-core/playwright
 * injects it afresh on every run: ten times slower, too slow for every screen.)
 */
export async function injectAxe(page: Page) {
  await page.evaluate(axeSource);
}

/** Runs the injected axe for the WCAG A and AA rules; one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map(({ id, help, nodes }) => `${id} (${nodes.length}): ${help}`);
  }, wcagAA);
  return found.map((line) => `${page.url()}: ${line}`);
}
