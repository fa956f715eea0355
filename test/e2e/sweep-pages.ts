import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathOf, resolvePath } from '../../src/address/address';
import { placeSetLinksFor, placesIn } from '../../src/content/places/registry';
import { answersOf } from '../../src/flow/screen';
import { resolvedUserType } from '../../src/flow/situation';
import { parseRegistry, registryFile } from '../../scripts/published-addresses';
import { brokenLinks } from '../support/broken-links';
import { sampledPaths, screenSamples } from '../support/samples';
import { at } from '../support/addresses';
import { sites } from './sites';

/** Every prerendered wizard screen's path, as the build listed them in its sitemap (less the map page). */
export function sitemapPaths(): string[] {
  const sitemap = readFileSync(join(sites.root.outDir, 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!).filter((path) => path !== at.map);
}

/** The paths split into `count` interleaved batches, so that each browser test covers a share. */
export function inBatches<Item>(items: readonly Item[], count: number): Item[][] {
  return Array.from({ length: count }, (_, batch) => items.filter((__, index) => index % count === batch));
}

/**
 * A set of places is made of the same pieces as the single places, so of the screens of sets only those
 * of the sets offered as links (each single place, the common pairs, all of a user type's places at
 * once) are opened in a browser; the build's own test reads every page.
 */
function isOfAWatchedSet(path: string): boolean {
  const answers = answersOf(resolvePath(path).snapshot);
  const userType = resolvedUserType(answers);
  return answers.places === undefined || userType === undefined || placeSetLinksFor(userType).includes(answers.places);
}

/**
 * The screens that differ from one another: a screen reached through "I'm not sure" once it has named
 * the user type is the same screen the direct path shows, but for one more row in the answers; and of
 * the sets of places, those offered as links.
 */
function distinctScreens(paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const answers = answersOf(resolvePath(path).snapshot);
    if (answers.userType === 'not-sure' && answers.whereToSignOut !== undefined) return false;
    return isOfAWatchedSet(path);
  });
}

/**
 * The published addresses a distinct screen does not already stand for: older addresses, the map and
 * screens reached through "I'm not sure" (of single places), opened to watch their frames only.
 */
function otherPublishedAddresses(distinct: ReadonlySet<string>): string[] {
  return parseRegistry(readFileSync(registryFile, 'utf8')).filter((address) => {
    const answers = answersOf(resolvePath(address).snapshot);
    return !distinct.has(address) && isOfAWatchedSet(address) && (answers.userType !== 'not-sure' || placesIn(answers.places).length < 2);
  });
}

/** `npm run test:every-page`: the sweeps open every distinct page, not a sample of each kind. */
export const everyPage = process.env.EVERY_PAGE === '1';

/** The pages a sweep opens, and how it uses each. */
export interface Sweep {
  /** Opened, hydrated and moved on from, its frames watched throughout. */
  moving: readonly string[];
  /** Opened and its frames watched as the script takes over, with no move (the map, older addresses, broken links). */
  watched: readonly string[];
  /** Checked by axe in light mode, and in dark: screens' addresses, shown in one page as Back and Forward show them. */
  axe: { light: readonly string[]; dark: readonly string[] };
  /** Checked by axe in both modes, each page loaded: older addresses and broken links. */
  axeLoaded: readonly string[];
}

/** A screen's own address: not the map, an older address or a broken link. */
const isAScreensAddress = (path: string) => path !== at.map && pathOf(resolvePath(path).snapshot) === path;

function sampleSweep(): Sweep {
  const paths = sampledPaths(screenSamples());
  const moving = paths.filter(isAScreensAddress);
  const watched = paths.filter((path) => !isAScreensAddress(path));
  // The map's own spec checks it with axe: with every screen's link on it, it is a sweep of its own.
  return { moving, watched, axe: { light: moving, dark: moving }, axeLoaded: watched.filter((path) => path !== at.map) };
}

function everyPageSweep(): Sweep {
  const distinct = distinctScreens(sitemapPaths());
  return {
    moving: distinct,
    watched: [...otherPublishedAddresses(new Set(distinct)), ...brokenLinks],
    // Dark mode changes colours only, the same for every screen of a kind: a third of them, spread across every kind and path.
    axe: { light: distinct, dark: inBatches(distinct, 3)[0]! },
    axeLoaded: brokenLinks,
  };
}

export const sweep: Sweep = everyPage ? everyPageSweep() : sampleSweep();
