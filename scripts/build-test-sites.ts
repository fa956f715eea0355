// Part of `npm test`: builds the sites every suite reads once, before the suites run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { at } from '../test/support/addresses.ts';
import { sampledPaths, screenSamples } from '../test/support/samples.ts';
import { buildSite, testBuilds } from './build-site.ts';

/**
 * The site under a base path is opened only by test/e2e/base-path.spec.ts: a sample of every kind of
 * screen and the addresses it names. Its other pages are the root build's under another prefix, so
 * rendering them again was a fifth of the test build's time.
 */
const basePages = [...sampledPaths(screenSamples()), at.start, at.userType, at.iamUser.oneStep2, '/iam-user/console/one/steps/2/'];
const pagesFile = 'node_modules/.cache/base-path-pages.txt';
mkdirSync('node_modules/.cache', { recursive: true });
writeFileSync(pagesFile, basePages.map((path) => `${testBuilds.base.base}${path.slice(1)}`).join('\n'));

await Promise.all([
  buildSite(testBuilds.root.outDir, testBuilds.root.base, testBuilds.root.compression),
  buildSite(testBuilds.base.outDir, testBuilds.base.base, testBuilds.base.compression, pagesFile),
]);
