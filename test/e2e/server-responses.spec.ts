import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkEach, expectHostRulesAgree, expectSecurityHeaders, firstAsset } from './responses';
import { sites } from './sites';
import { sampledPaths, screenSamples } from '../support/samples';
import { at } from '../support/addresses';
import { askForEachStatus } from './statuses';
import { answerRedirects } from '../../scripts/deploy/answer-redirects';

// What nginx, with the project's rules, answers for the build at the root (dist-test/root).
const { outDir } = sites.root;
const asset = firstAsset(outDir);
const notFoundPage = readFileSync(join(outDir, '404.html'), 'utf8');

// nginx sets the headers by kind of response, not by page: a sample of each kind of screen stands for every page.
test('a page of each kind of screen, the 404 page, an asset, a redirect and a 404 carry every security header', async ({ request }) => {
  const paths = [...sampledPaths(screenSamples()), '/404.html', '/robots.txt', '/sitemap.xml', asset, '/user-type', at.broken.noSuchPage];
  await checkEach(paths, async (path) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response.headers(), path);
  });
});

test('every status carries every security header: 200, 301, 304, 400, 404, 405, 413 and 414', async ({ request }) => {
  for (const [status, response] of Object.entries(await askForEachStatus(request))) {
    expect(response.status()).toBe(Number(status));
    expectSecurityHeaders(response.headers(), `status ${status}`);
  }
});

test('a malformed address, an unknown method, a body or an address too long get the site’s own page, with their status', async ({ request }) => {
  const answers = [
    { status: 400, response: await request.get('/%') },
    { status: 400, response: await request.get('/..%2F..%2Fetc%2Fpasswd') },
    { status: 405, response: await request.fetch('/', { method: 'FOO' }) },
    { status: 405, response: await request.post('/user-type/?answer=root-user', { form: { answer: 'root-user' } }) },
    { status: 413, response: await request.post('/user-type/', { data: Buffer.alloc(2 * 1024 * 1024) }) },
    { status: 414, response: await request.get(`/${'a'.repeat(9000)}/`) },
  ];
  for (const { status, response } of answers) {
    expect(response.status(), response.url().slice(0, 60)).toBe(status);
    expect(await response.text(), response.url().slice(0, 60)).toBe(notFoundPage);
  }
});

test('hashed assets are kept for a year unchanged; pages, robots.txt and sitemap.xml are asked after each time', async ({ request }) => {
  expect((await request.get(asset)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const path of [at.start, at.userType, '/404.html', at.broken.noSuchPage, '/robots.txt', '/sitemap.xml', '/no-script.css']) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  const page = await request.get(at.userType);
  const again = await request.get(at.userType, { headers: { 'if-none-match': page.headers().etag! } });
  expect(again.status()).toBe(304);
});

test('the build’s brotli and gzip copies are sent as they are to a browser that accepts them', async ({ request }) => {
  for (const path of [at.start, at.userType, asset, '/sitemap.xml']) {
    const file = join(outDir, path.endsWith('/') ? `${path}index.html` : path);
    const plain = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    for (const [encoding, extension] of [['br', 'br'], ['gzip', 'gz']]) {
      const response = await request.get(path, { headers: { 'accept-encoding': encoding! } });
      expect(response.headers()['content-encoding'], path).toBe(encoding);
      expect(response.headers().vary, path).toBe('Accept-Encoding');
      expect(Number(response.headers()['content-length']), path).toBe(statSync(`${file}.${extension}`).size);
      expect(await response.body(), path).toEqual(await plain.body());
    }
  }
});

test('an unknown address is a 404 with the wizard’s 404 page, and no folder is listed', async ({ request }) => {
  for (const path of [at.broken.noSuchPage, '/no-such-page', '/iam-user/nonsense/', '/assets/']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toBe(notFoundPage);
  }
});

test('an address without its trailing slash is sent for good to the one with it', async ({ request }) => {
  for (const path of ['/user-type', '/iam-user/this-browser/console/several/all/steps/2', '/map']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    expect(response.headers().location, path).toBe(`${path}/`);
  }
});

test('_headers and _redirects, as Netlify and Cloudflare Pages read them, say what nginx does', async ({ request }) => {
  await expectHostRulesAgree(request, outDir, [at.start, at.userType, '/404.html', at.broken.noSuchPage, '/robots.txt', asset], new Set(sampledPaths(screenSamples())));
});

test('a form sent without script gets a 303 to the screen the machine gives; anything else sent from its page goes back to it', async ({ request }) => {
  const redirects = answerRedirects('/');
  const wrong: string[] = [];
  await checkEach(redirects, async ({ from, query, to }) => {
    const response = await request.get(`${from}?${query}`, { maxRedirects: 0 });
    if (response.status() !== 303 || response.headers().location !== to) wrong.push(`${from}?${query}: ${response.status()} ${response.headers().location}`);
  });
  expect(wrong).toEqual([]);
  const answered = await request.get('/user-type/?answer=iam-user', { maxRedirects: 0 });
  expectSecurityHeaders(answered.headers(), 'a 303');
  const back = {
    // A bare "?" (nothing chosen) is what a browser sends; this client drops it, so an empty answer stands in.
    '/user-type/?answer=': '/user-type/',
    '/user-type/?answer=zzz': '/user-type/',
    '/builder-id/this-browser/portal/?answer=console': '/builder-id/this-browser/portal/',
    '/identity-center-user/this-browser/portal/?answer=cli&answer=console': '/identity-center-user/this-browser/portal/',
    '/iam-user/this-browser/console/check/?answer=maybe': '/iam-user/this-browser/console/check/',
  };
  for (const [sent, page] of Object.entries(back)) {
    const response = await request.get(sent, { maxRedirects: 0 });
    expect(`${response.status()} ${response.headers().location}`, sent).toBe(`303 ${page}`);
  }
  expect((await request.get('/map/?q=builder+id', { maxRedirects: 0 })).status()).toBe(200);
});
