import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

export const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Puts axe-core into the page once, for many runs in the same document. (@axe-core/playwright
 * injects it afresh on every run and hands every node's result from the page to a page of its own:
 * ten times slower, and on the map, with every screen's link, over a minute on a busy machine.)
 */
export async function injectAxe(page: Page) {
  await page.evaluate(axeSource);
}

/**
 * Runs the injected axe for the WCAG A and AA rules on the page, less what the `exclude` selectors
 * match; one line per violation.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  const found = await page.evaluate(
    async ({ tags, skipped }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const results = await axe.run({ exclude: skipped }, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map(({ id, help, nodes }) => `${id} (${nodes.length}): ${help}`);
    },
    { tags: wcagAA, skipped: exclude },
  );
  return found.map((line) => `${page.url()}: ${line}`);
}
