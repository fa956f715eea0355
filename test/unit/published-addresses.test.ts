import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMapPath, pathOf, resolvePath } from '../../src/address/address';
import { reachableScreens, screenKey } from '../../src/flow/reachable';
import { sitePaths } from '../../src/address/site-paths';
import { parseRegistry, registryFile } from '../../scripts/published-addresses';

const registered = parseRegistry(readFileSync(registryFile, 'utf8'));
const opensWithoutNotice = (address: string, renamed?: Record<string, string>) =>
  isMapPath(address) || resolvePath(address, renamed).recognised;

describe('the published addresses', () => {
  it('holds every address the site publishes now', () => {
    const missing = sitePaths().filter((path) => !registered.includes(path));
    expect(missing, `Run \`npm run addresses\` to register these new addresses: ${missing.join(' ')}`).toEqual([]);
  });

  it('lists each address once', () => {
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('each still open a screen, without the broken-link notice', () => {
    const broken = registered.filter((address) => !opensWithoutNotice(address));
    expect(broken, `These no longer open: declare a redirect for each in src/address/redirects.ts`).toEqual([]);
  });

  it('of every reachable screen each open that same screen, and are its own address', () => {
    const wrong = reachableScreens().flatMap((snapshot) => {
      const path = pathOf(snapshot);
      const opened = resolvePath(path);
      return opened.recognised && screenKey(opened.snapshot) === screenKey(snapshot) && pathOf(opened.snapshot) === path ? [] : [path];
    });
    expect(wrong).toEqual([]);
  });
});

describe('a renamed address', () => {
  const renamedAnswer = '/not-sure/no/profile/portal/';
  it('is not recognised without a redirect', () => {
    expect(opensWithoutNotice(renamedAnswer)).toBe(false);
  });

  it('opens its new screen, and everything beneath it moves too, once a redirect is declared', () => {
    const table = { '/not-sure/no/profile/': '/not-sure/no/personal-profile/' };
    expect(opensWithoutNotice(renamedAnswer, table)).toBe(true);
    expect(resolvePath('/not-sure/no/profile/here-or-elsewhere/', table).recognised).toBe(true);
  });
});
