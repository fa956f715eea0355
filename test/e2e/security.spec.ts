import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { pageWords } from '../../src/content/screens';
import { pathTo } from '../support/walked-paths';
import { make } from './moves';
import { at } from '../support/addresses';

test('a full walk makes no request outside the page’s own origin and breaks no policy', async ({ page, baseURL }) => {
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // Both policies apply, the server's header and the page's <meta>: report anything either blocks.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`blocked by ${event.violatedDirective}: ${event.blockedURI}`)),
  );
  await page.goto(at.start);
  // Signed out of the portal only, so a reason's link adds the console to the checklist.
  const walk = pathTo('/identity-center-user/this-browser/access-portal/not-signed-out/');
  for (const { move, screen } of walk.moves) {
    await make(page, move);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(screen.heading);
  }
  await page.getByRole('link', { name: 'Sign out of a console you opened from the portal' }).click();
  await expect(page).toHaveURL('/identity-center-user/this-browser/console+access-portal/sessions/');
  await page.getByRole('link', { name: pageWords.startAgain }).click();

  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('another site cannot show the wizard in a frame', async ({ page, baseURL }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // A page of another origin (another port) that puts the wizard in a frame, to cover it with its own.
  const framing = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Framing</title><iframe src="${baseURL}/user-type/"></iframe>`);
  });
  await new Promise<void>((done) => framing.listen(0, '127.0.0.1', done));
  try {
    await page.goto(`http://127.0.0.1:${(framing.address() as AddressInfo).port}/`);
    await expect.poll(() => errors.join('\n')).toContain(`violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
    await expect.poll(() => page.frames().map((frame) => frame.url())).toContain('chrome-error://chromewebdata/');
  } finally {
    framing.close();
  }
});
