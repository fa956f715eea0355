import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePaths } from '../src/address/site-paths.ts';
import { loadEveryPlaceSteps } from '../src/content/places/place-steps.ts';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

/** The registry of every address the site has published: a promise to help desks, so only ever appended to. */
export const registryFile = 'test/published-addresses.txt';

const header = [
  '# Every address this site has ever published, one a line, in the order first published.',
  '# Appended to by `npm run addresses`; never edit or remove a line: declare a redirect in src/address/redirects.ts.',
];

export function parseRegistry(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

function registryText(addresses: readonly string[]): string {
  return `${[...header, ...addresses].join('\n')}\n`;
}

/** Appends the addresses the site publishes that the registry lacks; it never removes or reorders one. */
export function recordPublishedAddresses(root: string) {
  const file = join(root, registryFile);
  const registered = parseRegistry(readFileSync(file, 'utf8'));
  const known = new Set(registered);
  const added = sitePaths().filter((path) => !known.has(path));
  writeFileSync(file, registryText([...registered, ...added]));
  console.log(`${registered.length + added.length} published addresses in ${registryFile} (${added.length} new)`);
}
