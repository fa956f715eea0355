import { drawingsOf } from '../../src/content/procedure';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { oldAddresses } from '../../src/address/old-addresses';
import { sitePaths } from '../../src/address/site-paths';
import { sourceOrigins, sources } from '../../src/content/sources';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf, type ScreenModel } from '../../src/flow/screen-model';
import type { WizardSnapshot } from '../../src/flow/screen';
import { snapshotAfter } from '../../src/flow/wizard-machine';
import { places } from '../../src/content/places/registry';
import { placesWithStepsAt } from '../../src/flow/steps-needed';
import { asShown } from '../support/path-content';
import { byTag, find, findAll, parsePage, type Element } from '../support/html';
import { firstScreenJs, scriptsOf } from '../../scripts/bench/first-screen-js';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { parseRegistry, registryFile } from '../../scripts/published-addresses';

// Every page the build wrote, read with an HTML parser as a browser would read its markup: each check
// is one test over every page, whose failure lists every page that breaks it. The browsers open a
// sample of each kind of screen (test/e2e/sweeps.spec.ts); this reads them all.
const { outDir } = testBuilds.root;
const pagesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pagesIn(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : [],
  );
const writtenAddresses = () => pagesIn(outDir).map((file) => `/${relative(outDir, file).replace(/index\.html$/, '')}`);

/** What each kind of screen must show, in the words a person reads: the key content of its model. */
function keyWords(model: ScreenModel): string[] {
  switch (model.kind) {
    case 'question':
      return model.options.flatMap((option) => [option.label, ...(option.hint ? [asShown(option.hint)] : [])]);
    case 'step':
      return model.step
        ? [
            asShown(model.step.instruction),
            ...drawingsOf(model.step).map((drawing) => drawing.caption),
            ...(model.step.ways ?? []).flatMap((way) => [way.label, asShown(way.instruction)]),
            ...model.steps.map((step) => step.heading),
          ]
        : [];
    case 'confirmation':
      return model.procedures.map((procedure) => asShown(procedure.success.text));
    case 'done':
      return model.notes.map((note) => asShown(note.afterwards));
    case 'notSignedOut':
      return model.notes.flatMap((note) => [asShown(note.stillSignedIn.symptom), asShown(note.stillSignedIn.fix)]);
    default:
      return [];
  }
}

interface BuiltScreen {
  path: string;
  snapshot: WizardSnapshot;
  model: ScreenModel;
  page: Element;
}

/** The places whose steps a built page preloads: each place's are a script named after it (places/steps/<id>.ts). */
const stepsPreloaded = (page: string) =>
  places.map((place) => place.id).filter((id) => scriptsOf(outDir, page).some((file) => new RegExp(`^assets/${id}-[\\w-]{8}\\.js$`).test(file)));

const attribute = (name: string, value: string) => (element: Element) => element.attributes.get(name) === value;
const mainOf = (page: Element) => find(page, byTag('main'))!;

/** Every page's problems with one check, one line each: what a failing test lists. */
const problems = <Page extends { path: string }>(pages: readonly Page[], check: (page: Page) => readonly string[]) =>
  pages.flatMap((page) => check(page).map((problem) => `${page.path}: ${problem}`));

/** What a person can do on a screen without script: its links, the labels of its choices, its buttons. */
const controlsOf = (main: Element) =>
  new Set([...findAll(main, byTag('a')), ...findAll(main, byTag('label')), ...findAll(main, byTag('button'))].map((element) => element.text));

describe('every page the production build writes', () => {
  let screens: BuiltScreen[] = [];
  let everyPage: Array<{ path: string; page: Element }> = [];
  let pageAt = new Map<string, Element>();
  beforeAll(async () => {
    await testBuild(testBuilds.root);
    everyPage = [...writtenAddresses(), '/404.html'].map((path) => {
      const html = readFileSync(join(outDir, path.endsWith('.html') ? path : join(path, 'index.html')), 'utf8');
      return { path, page: parsePage(html) };
    });
    pageAt = new Map(everyPage.map(({ path, page }) => [path, page]));
    screens = reachableScreens().map((snapshot) => ({ path: pathOf(snapshot), snapshot, model: screenModelOf(snapshot), page: pageAt.get(pathOf(snapshot))! }));
  }, 120_000);

  it('is one for every reachable screen, the map and each renamed address, and no other', () => {
    const renamed = oldAddresses().map(({ old }) => old);
    expect(writtenAddresses().toSorted()).toEqual([...sitePaths(), ...renamed].toSorted());
  });

  it('is there at every address ever published', () => {
    const written = new Set(writtenAddresses());
    expect(parseRegistry(readFileSync(registryFile, 'utf8')).filter((address) => !written.has(address))).toEqual([]);
  });

  it('of a screen has its heading, its title, its canonical address and is that screen’s', () => {
    const found = problems(screens, ({ path, model, page }) => {
      const { heading, caption, title } = model.words;
      const h1 = findAll(page, byTag('h1'));
      const canonical = find(page, attribute('rel', 'canonical'))?.attributes.get('href') ?? '';
      return [
        ...(h1.length === 1 && h1[0]!.text === (caption ? `${caption}: ${heading}` : heading) ? [] : [`heading ${h1.map((each) => each.text).join(' | ')}`]),
        ...(find(page, byTag('title'))?.text === title ? [] : ['title']),
        ...(new URL(canonical, 'http://x').pathname === path && /^https?:\/\//.test(canonical) ? [] : [`canonical ${canonical}`]),
        ...(find(page, attribute('id', 'root'))?.attributes.get('data-path') === path ? [] : ['data-path']),
      ];
    });
    expect(found).toEqual([]);
  });

  it('of a screen shows what it shows, and the control for every way on from it', () => {
    const found = problems(screens, ({ model, page }) => {
      const main = mainOf(page);
      const controls = controlsOf(main);
      const target = model.kind === 'step' ? model.step?.target : undefined;
      const namedControls = findAll(main, (element) => element.tag === 'strong' && element.attributes.get('class') === 'control-name').map((element) => element.text);
      return [
        ...keyWords(model).filter((words) => !main.text.includes(words)).map((words) => `does not say “${words}”`),
        // An answer made of boxes to tick is made with its boxes.
        ...model.moves.flatMap((move) => move.ticks ?? [move.label]).filter((label) => !controls.has(label)).map((label) => `no control “${label}”`),
        // The exact name of what to choose, set apart.
        ...((target?.kind === 'control' || target?.kind === 'page') && !namedControls.includes(target.label) ? [`“${target.label}” not set apart`] : []),
      ];
    });
    expect(found).toEqual([]);
  });

  it('of a screen links each of its answers, without script, to the screen the machine moves to', () => {
    const found = problems(screens, ({ snapshot, model, page }) => {
      const links = findAll(mainOf(page), byTag('a'));
      return model.moves.flatMap((move) => {
        const to = pathOf(snapshotAfter(snapshot, move.event));
        const named = links.filter((link) => link.text === move.label).map((link) => link.attributes.get('href'));
        // A set of boxes not offered as a link is answered by the form, which the server sends on (answer-redirects.test.ts).
        if (named.length === 0) return move.ticks ? [] : [`no link “${move.label}”`];
        return named.filter((href) => href !== to).map((href) => `“${move.label}” links to ${href}, not ${to}`);
      });
    });
    expect(found).toEqual([]);
  });

  it('after the start names the AWS pages its words come from, by title and address, in one line at its foot', () => {
    const found = problems(
      screens.filter(({ model }) => model.kind !== 'start'),
      ({ model, page }) => {
        const section = find(page, attribute('aria-labelledby', 'sources-heading'));
        const links = section ? findAll(section, byTag('a')) : [];
        return [
          ...(model.sources.length > 0 ? [] : ['names no source']),
          ...model.sources.filter((id) => !links.some((link) => link.attributes.get('href') === sources[id].url && link.text === sources[id].title)).map((id) => `no link to ${id}`),
          ...links.filter((link) => !sourceOrigins.some((origin) => link.attributes.get('href')!.startsWith(origin)) || link.attributes.get('rel') !== 'noreferrer').map((link) => `link ${link.attributes.get('href')}`),
        ];
      },
    );
    expect(found).toEqual([]);
  });

  it('at an older address is its screen’s page, naming the screen’s own address as canonical', () => {
    const found = problems(
      oldAddresses().map(({ old, current }) => ({ path: old, current })),
      ({ path, current }) => {
        const page = pageAt.get(path)!;
        const canonical = find(page, attribute('rel', 'canonical'))?.attributes.get('href') ?? '';
        const { heading } = screenModelOf(resolvePath(current).snapshot).words;
        return [
          ...(new URL(canonical, 'http://x').pathname === current ? [] : [`canonical ${canonical}`]),
          ...(find(page, byTag('h1'))?.text.endsWith(heading) ? [] : ['heading']),
        ];
      },
    );
    expect(found).toEqual([]);
  });

  it('carries a strict Content-Security-Policy, sends no referrer and holds no inline script, which that policy would block', () => {
    const found = problems(everyPage, ({ page }) => {
      const policy = find(page, attribute('http-equiv', 'Content-Security-Policy'))?.attributes.get('content') ?? '';
      const inlineScripts = findAll(page, (element) => element.tag === 'script' && !element.attributes.has('src'));
      return [
        ...(policy.includes("default-src 'self'") && policy.includes("script-src 'self'") && !/unsafe-inline|unsafe-eval/.test(policy) ? [] : [`policy ${policy}`]),
        ...(find(page, attribute('name', 'referrer'))?.attributes.get('content') === 'no-referrer' ? [] : ['referrer']),
        ...inlineScripts.map(() => 'inline script'),
      ];
    });
    expect(found).toEqual([]);
  });

  it('keeps the JavaScript the first screen loads under its 2 kB gzip budget: the wizard’s code waits until the person is about to start', () => {
    const { gzip, files } = firstScreenJs(outDir);
    expect(files).toHaveLength(1);
    expect(gzip).toBeLessThan(2_000);
  });

  it('but the start page preloads the modules it mounts with', () => {
    const mounted = scriptsOf(outDir, 'user-type/index.html');
    expect(mounted.some((file) => /\/mount-[\w-]+\.js$/.test(file))).toBe(true);
    expect(mounted.some((file) => /\/wizard-page-[\w-]+\.js$/.test(file))).toBe(true);
    expect(scriptsOf(outDir, 'map/index.html').some((file) => /\/map-page-[\w-]+\.js$/.test(file))).toBe(true);
  });

  it('of a screen preloads the steps of the places `placesWithStepsAt` names and of no other (steps-needed.test holds that to what it reads), and the map every place’s', () => {
    const found = problems(screens, ({ path, snapshot }) => {
      const preloaded = stepsPreloaded(`${path.slice(1)}index.html`);
      const read = placesWithStepsAt(snapshot);
      return preloaded.toSorted().join() === [...read].toSorted().join() ? [] : [`preloads the steps of ${preloaded.join(', ') || 'no place'}, reads ${read.join(', ') || 'none'}`];
    });
    expect(found).toEqual([]);
    expect(stepsPreloaded('iam-user/this-browser/console/one/steps/1/index.html')).toEqual(['console']);
    expect(stepsPreloaded('map/index.html')).toEqual(places.map((place) => place.id));
  });

  it('has a brotli and a gzip copy beside it, as does every text file, each the file itself once decompressed', () => {
    const texts = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|js|css|svg|xml|txt|json)$/.test(file));
    expect(texts.length).toBeGreaterThan(screens.length);
    const wrong = texts.filter((file) => {
      const content = readFileSync(join(outDir, file));
      return !brotliDecompressSync(readFileSync(join(outDir, `${file}.br`))).equals(content) || !gunzipSync(readFileSync(join(outDir, `${file}.gz`))).equals(content);
    });
    expect(wrong).toEqual([]);
  });

  it('comes with a 404 page with the broken-link notice, robots.txt and a sitemap of every screen', () => {
    expect(readFileSync(join(outDir, '404.html'), 'utf8')).toContain('We didn’t recognise all of that link');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap.match(/<loc>/g)).toHaveLength(screens.length + 1);
  });
});
