import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { mapPage } from '../../src/content/site';
import { optionsFor } from '../../src/flow/decision-path';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf } from '../../src/flow/screen-model';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { answerLabel } from '../support/labels';
import { byTag, find, findAll, parsePage, type Element } from '../support/html';

// The map's tree as the built page holds it, read once with an HTML parser: what every visitor gets
// first, with or without script. Searching it, which needs the script, is map.test.tsx's.
let map: Element;
const hasClass = (name: string) => (element: Element) => (element.attributes.get('class') ?? '').split(' ').includes(name);

beforeAll(async () => {
  await testBuild(testBuilds.root);
  const page = parsePage(readFileSync(join(testBuilds.root.outDir, 'map', 'index.html'), 'utf8'));
  map = find(page, (element) => element.tag === 'nav' && element.attributes.get('aria-label') === mapPage.listLabel)!;
}, 120_000);

describe('the map of every path', () => {
  it('has exactly one link for every reachable screen, and nothing else: copying a screen is for the search’s results', () => {
    const hrefs = findAll(map, byTag('a')).map((link) => link.attributes.get('href'));
    expect(hrefs.toSorted()).toEqual(reachableScreens().map(pathOf).toSorted());
    expect(findAll(map, byTag('button'))).toEqual([]);
  });

  it('links each screen by its heading, to an address that opens that screen', () => {
    const wrong = findAll(map, byTag('a')).flatMap((link) => {
      const href = link.attributes.get('href')!;
      const opened = resolvePath(href);
      const heading = screenModelOf(opened.snapshot).words.heading;
      return opened.recognised && pathOf(opened.snapshot) === href && link.text === heading ? [] : [`${link.text} → ${href}`];
    });
    expect(wrong).toEqual([]);
  });

  it('branches where a question has several answers, naming the answer, in the order the question offers them', () => {
    const userType = find(map, (element) => element.tag === 'li' && element.children.some((child) => child.tag === 'a' && child.text === 'What kind of AWS user are you?'))!;
    const branches = find(userType, hasClass('screen-map__branches'))!;
    const labels = optionsFor('userType', {}).map((value) => answerLabel('userType', value));
    expect(branches.children.map((branch) => find(branch, hasClass('screen-map__via'))?.text)).toEqual(labels);
  });

  it('keeps each branch’s run of steps inside that branch', () => {
    const viaJustOne = find(map, (element) => hasClass('screen-map__item')(element) && element.children.some((child) => hasClass('screen-map__via')(child) && child.text === 'Just one'))!;
    const justOneRun = findAll(map, (element) => element.tag === 'ul' && element.children.includes(viaJustOne))[0]!;
    expect(findAll(justOneRun, (element) => element.tag === 'a' && element.text === 'Check that it worked').length).toBeGreaterThan(0);
    expect(findAll(justOneRun, (element) => hasClass('screen-map__via')(element) && element.text === 'Several (multi-session)')).toEqual([]);
  });
});
