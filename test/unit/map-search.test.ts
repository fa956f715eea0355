import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf } from '../../src/address/address';
import { screenTree } from '../../src/flow/screen-tree';
import { filterScreens, indexScreens } from '../../src/map/map-filter';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { at } from '../support/addresses';
import { byTag, find, findAll, parsePage, textWithout, type Element } from '../support/html';

const tree = screenTree();
const index = indexScreens(tree);
const found = (query: string) => filterScreens(tree, index, query).matches.map((node) => pathOf(node.snapshot));
/**
 * What a person does not read on the screen itself: print-only parts, what is hidden, the answers and
 * sources (the path's own words), and a step's checklist (each of its steps is a screen of its own).
 */
const isNotRead = (element: Element) => {
  const classes = (element.attributes.get('class') ?? '').split(' ');
  return (
    element.attributes.get('aria-hidden') === 'true' ||
    ['print-only', 'visually-hidden', 'answers', 'sources', 'step-list'].some((name) => classes.includes(name)) ||
    element.attributes.get('role') === 'img'
  );
};
const mainOf = (path: string) => find(parsePage(readFileSync(join(testBuilds.root.outDir, path, 'index.html'), 'utf8')), byTag('main'))!;
/** A page's words as a person reads them, a drawing's by its text alternative. */
const readOn = (page: Element) =>
  `${textWithout(page, isNotRead)} ${findAll(page, (element) => element.attributes.get('role') === 'img').map((image) => image.attributes.get('aria-label')).join(' ')}`;
const folded = (text: string) => text.toLowerCase().replace(/[“”‘’"'`]/g, '').replace(/\s+/g, ' ');

describe('the map’s search', () => {
  /** What each screen's built page shows in its main part, as the oracle: the words a person can read there. */
  let shown = new Map<string, string>();
  beforeAll(async () => {
    await testBuild(testBuilds.root);
    const paths: string[] = [];
    const visit = (node: typeof tree) => {
      paths.push(pathOf(node.snapshot));
      node.children.forEach(visit);
    };
    visit(tree);
    shown = new Map(paths.map((path) => [path, folded(readOn(mainOf(path)))]));
  }, 120_000);

  it.each(['profile page', 'shared', 'another device', 'current session', 'Amazon Q', 'Security'])('finds every screen that shows the words “%s”', (query) => {
    // Each word at the start of a word, as the search reads one: “page” is not in “webpage”.
    const words = folded(query)
      .split(' ')
      .map((word) => new RegExp(`(^|[^a-z0-9])${word}`));
    const showing = [...shown].filter(([, text]) => words.every((word) => word.test(text))).map(([path]) => path);
    expect(showing.length).toBeGreaterThan(0);
    const matches = new Set(found(query));
    expect(showing.filter((path) => !matches.has(path))).toEqual([]);
  });

  it.each([
    ['SSO', 'identity center'],
    ['identity centre', 'identity center'],
    ['logout', 'sign out'],
    ['signout', 'sign out'],
    ['laptop', 'another device'],
    ['computer', 'another device'],
    ['VS Code', 'IDE'],
  ])('takes “%s” for “%s”: finds every screen that shows those words', (synonym, words) => {
    const phrase = new RegExp(`(^|[^a-z0-9])${folded(words)}($|[^a-z0-9])`);
    const showing = [...shown].filter(([, text]) => phrase.test(text)).map(([path]) => path);
    expect(showing.length).toBeGreaterThan(0);
    const matches = new Set(found(synonym));
    expect(showing.filter((path) => !matches.has(path))).toEqual([]);
  });

  it('lists the screens whose path has the words as typed before those found by a synonym: “laptop” starts with sessions out of reach', () => {
    const results = found('laptop');
    const firstHere = results.findIndex((path) => path.includes('/this-browser/'));
    expect(firstHere).toBeGreaterThan(0);
    expect(results.findLastIndex((path) => path.includes('/elsewhere/'))).toBeLessThan(firstHere);
  });

  it('lists a screen of one place before the sets of places that include it: “profile page” shows the profile’s own step first', () => {
    const results = found('profile page');
    const ownStep = results.indexOf(at.builderId.profileStep2);
    expect(ownStep).toBeGreaterThanOrEqual(0);
    expect(ownStep).toBeLessThan(results.findIndex((path) => path.includes('+')));
  });

  it('takes a word a caller uses as a whole word: “IDE” is not the start of “identity”', () => {
    const identityCenterOnly = found('identity center IDE');
    expect(identityCenterOnly.length).toBeLessThan(found('identity center').length);
  });

  it('finds the start of a word as it is typed, and needs every word', () => {
    expect(found('Build')).toEqual(found('Builder'));
    expect(found('Builder zebra')).toEqual([]);
  });
});
