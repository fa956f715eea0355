import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePath } from '../../src/address/address';
import { placeSetLinksFor } from '../../src/content/places/registry';
import { answersOf } from '../../src/flow/screen';
import { resolvedUserType } from '../../src/flow/situation';
import { sites } from './sites';
import { at } from '../support/addresses';

/** Every prerendered wizard screen's path, as the build listed them in its sitemap (less the map page). */
export function sitemapPaths(): string[] {
  const sitemap = readFileSync(join(sites.root.outDir, 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)]
    .map((match) => match[1]!)
    .filter((path) => path !== at.map);
}

/** The paths split into `count` interleaved batches, so that each browser test covers a share. */
export function inBatches(paths: readonly string[], count: number): string[][] {
  return Array.from({ length: count }, (_, batch) => paths.filter((__, index) => index % count === batch));
}

/**
 * A set of places is made of the same pieces as the single places, so of the screens of sets only those
 * of the sets offered as links (each single place, the common pairs, all of a user type's places at
 * once) are opened in a browser; the build's own test reads every page.
 */
export function isOfAWatchedSet(path: string): boolean {
  const answers = answersOf(resolvePath(path).snapshot);
  const userType = resolvedUserType(answers);
  return answers.places === undefined || userType === undefined || placeSetLinksFor(userType).includes(answers.places);
}

/**
 * The screens that differ from one another: a screen reached through "I'm not sure" once it has named
 * the user type is the same screen the direct path shows, but for one more row in the answers; and of
 * the sets of places, those offered as links.
 */
export function distinctScreens(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const answers = answersOf(resolvePath(path).snapshot);
    if (answers.userType === 'not-sure' && answers.whereToSignOut !== undefined) return false;
    return isOfAWatchedSet(path);
  });
}
