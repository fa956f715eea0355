// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf } from '../../src/address/address';
import { oldAddresses } from '../../src/address/old-addresses';
import { sitePaths } from '../../src/address/site-paths';
import { reachableScreens } from '../../src/flow/reachable';
import { screenModelOf, type ScreenModel } from '../../src/flow/screen-model';
import { asShown } from '../support/path-content';
import { firstScreenJs, scriptsOf } from '../../scripts/bench/first-screen-js';
import { testBuild, testBuilds } from '../../scripts/build-site';
import { parseRegistry, registryFile } from '../../scripts/published-addresses';

const { outDir } = testBuilds.root;
const pagesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pagesIn(join(dir, entry.name)) : entry.name === 'index.html' ? [join(dir, entry.name)] : [],
  );
const writtenAddresses = () => pagesIn(outDir).map((file) => `/${relative(outDir, file).replace(/index\.html$/, '')}`);
const asPattern = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A page's words as a person reads them: its markup's text, its entities read. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What each kind of screen must show, in the words a person reads: the key content of its model. */
function keyWords(model: ScreenModel): string[] {
  switch (model.kind) {
    case 'question':
      return model.options.flatMap((option) => [option.label, ...(option.hint ? [asShown(option.hint)] : [])]);
    case 'step':
      return model.step ? [asShown(model.step.instruction), model.step.picture.caption, ...model.steps.map((step) => step.heading)] : [];
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

describe('the production build', () => {
  beforeAll(() => testBuild(testBuilds.root), 120_000);

  const screens = reachableScreens();

  it('writes one page for every reachable screen, the map and each renamed address, and no other', () => {
    const renamed = oldAddresses().map(({ old }) => old);
    expect(writtenAddresses().toSorted()).toEqual([...sitePaths(), ...renamed].toSorted());
  });

  // Each screen checked once, from its address, as the build wrote it: what the walks through every path used to check.
  it.each(screens.map((snapshot) => [pathOf(snapshot), snapshot]))('%s holds its heading, title, canonical link and what it shows', (path, snapshot) => {
    const html = readFileSync(join(outDir, path, 'index.html'), 'utf8');
    const model = screenModelOf(snapshot);
    const text = textOf(html);
    expect(keyWords(model).filter((words) => !text.includes(words))).toEqual([]);
    // The exact name of what to choose, set apart.
    const target = model.kind === 'step' ? model.step?.target : undefined;
    const named = target?.kind === 'control' || target?.kind === 'page' ? [`<strong class="control-name">${escapeHtml(target.label)}</strong>`] : [];
    expect(named.filter((markup) => !html.includes(markup))).toEqual([]);
    const heading = escapeHtml(model.words.heading);
    // A step's heading starts with its caption ("Step 1 of 2 · …").
    const caption = '(?:<span class="caption">(?:(?!</h1>).)*?</span></span>)?';
    expect(html).toMatch(new RegExp(`<h1[^>]*>${caption}${asPattern(heading)}</h1>`));
    expect(html).toContain(`<title>${heading}`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^/"]+${asPattern(path)}" />`));
    expect(html).toContain(`data-path="${path}"`);
  });

  it('writes a page at every address ever published', () => {
    const registered = parseRegistry(readFileSync(registryFile, 'utf8'));
    const written = new Set(writtenAddresses());
    expect(registered.filter((address) => !written.has(address))).toEqual([]);
  });

  it('puts no inline script in any page, which the pages’ own policy would block', () => {
    const withInlineScript = [...pagesIn(outDir), join(outDir, '404.html')].filter((file) =>
      /<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(file, 'utf8')),
    );
    expect(withInlineScript.map((file) => relative(outDir, file))).toEqual([]);
  });

  it('keeps the JavaScript the first screen loads under its 2 kB gzip budget: the wizard’s code waits until the person is about to start', () => {
    const { gzip, files } = firstScreenJs(outDir);
    expect(files).toHaveLength(1);
    expect(gzip).toBeLessThan(2_000);
  });

  it('preloads, on every page but the start page, the modules it mounts with', () => {
    const mounted = scriptsOf(outDir, 'user-type/index.html');
    expect(mounted.some((file) => /\/mount-[\w-]+\.js$/.test(file))).toBe(true);
    expect(mounted.some((file) => /\/wizard-page-[\w-]+\.js$/.test(file))).toBe(true);
    expect(scriptsOf(outDir, 'map/index.html').some((file) => /\/map-page-[\w-]+\.js$/.test(file))).toBe(true);
  });

  it('writes a brotli and a gzip copy beside every text file, each the file itself once decompressed', () => {
    const texts = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|js|css|svg|xml|txt|json)$/.test(file));
    expect(texts.length).toBeGreaterThan(screens.length);
    for (const file of texts) {
      const content = readFileSync(join(outDir, file));
      expect(brotliDecompressSync(readFileSync(join(outDir, `${file}.br`))).equals(content), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(outDir, `${file}.gz`))).equals(content), `${file}.gz`).toBe(true);
    }
  });

  it('writes a 404 page with the broken-link notice, robots.txt and a sitemap of every screen', () => {
    expect(readFileSync(join(outDir, '404.html'), 'utf8')).toContain('We didn’t recognise all of that link');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: .*\/sitemap\.xml$/m);
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap.match(/<loc>/g)).toHaveLength(screens.length + 1);
  });
});
