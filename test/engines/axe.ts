import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { EngineDriver } from './engine-driver';

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe in the page for the WCAG tags the project holds to; returns each violation as one line. */
export async function axeViolations(driver: EngineDriver): Promise<string[]> {
  await driver.runScript(await axeSource);
  const violations = await driver.evaluate(
    (values: string[]) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe
        .run(document, { runOnly: { type: 'tag', values } })
        .then((results: AxeResults) => results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => String(node.target)) }))),
    tags,
  );
  return violations.map(({ id, targets }) => `${id}: ${targets.join(', ')}`);
}
