import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { EngineDriver } from '../../engines/engine-driver';

/** The WCAG levels the project holds every screen to: A and AA, up to 2.2. */
const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The rules whose outcome depends on colour. Dark mode changes only colours (styles.css sets custom
 * properties and the radios' accent under prefers-color-scheme), so a screen already checked in light
 * mode is checked in dark mode for these alone.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

interface AxeRun {
  tags: string[];
  exclude: string[];
  rules?: string[];
}

/** Runs in the page, once axe-core is in it: each violation as one line, with the elements it was found on. */
function violationsInPage({ tags, exclude, rules }: AxeRun): Promise<string[]> {
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  return axe
    .run({ exclude }, { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags } })
    .then((results) => results.violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => String(node.target)).join(', ')})`));
}

/**
 * Puts axe-core into a Playwright page once, for many runs in the same document. (@axe-core/playwright
 * injects it afresh on every run and hands every node's result from the page to a page of its own:
 * ten times slower, and on the map, with every screen's link, over a minute on a busy machine.)
 */
export async function injectAxe(page: Page) {
  await page.evaluate(axeSource);
}

/**
 * The WCAG A and AA violations on a Playwright page axe is in, less what the `exclude` selectors match;
 * one line each. `colours` checks only what a change of colour scheme can break.
 */
export async function axeViolations(page: Page, exclude: string[] = [], which: 'every rule' | 'colours' = 'every rule'): Promise<string[]> {
  const found = await page.evaluate(violationsInPage, { tags: wcagAA, exclude, ...(which === 'colours' && { rules: colourRules }) });
  return found.map((line) => `${page.url()}: ${line}`);
}

/** The same, in another engine's page: axe is put in first, as each scenario opens a fresh page. */
export async function engineAxeViolations(driver: EngineDriver): Promise<string[]> {
  await driver.runScript(axeSource);
  return driver.evaluate(violationsInPage, { tags: wcagAA, exclude: [] });
}
