import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { headersByHost, redirectRules } from './host-rules';

/**
 * What every response must carry, stated here apart from deploy/headers.ts (which these tests check,
 * so they do not read it).
 */
export function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const policy = headers['content-security-policy'] ?? '';
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(policy, `${what}: Content-Security-Policy`).toContain(directive);
  }
  expect(policy, `${what}: Content-Security-Policy`).not.toMatch(/default-src|style-src|unsafe/);
  expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
  const maxAge = Number(/^max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]);
  expect(maxAge, `${what}: Strict-Transport-Security`).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'clipboard-read']) {
    expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toContain(`${feature}=()`);
  }
  expect(headers['permissions-policy'], `${what}: Permissions-Policy`).toContain('clipboard-write=(self)');
  expect(headers['cross-origin-opener-policy'], `${what}: Cross-Origin-Opener-Policy`).toBe('same-origin');
  expect(headers['cross-origin-resource-policy'], `${what}: Cross-Origin-Resource-Policy`).toBe('same-origin');
  expect(headers.server, `${what}: Server, with no version`).toBe('nginx');
}

/** Runs `check` on every item, `atOnce` at a time: nginx answers them side by side, and the test waits less. */
export async function checkEach<T>(items: readonly T[], check: (item: T) => Promise<void>, atOnce = 8) {
  for (let start = 0; start < items.length; start += atOnce) await Promise.all(items.slice(start, start + atOnce).map(check));
}

/** The address of the first script a built site's start page loads: a hashed asset. */
export function firstAsset(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  return /<script type="module"[^>]*\bsrc="([^"]+)"/.exec(html)![1]!;
}

/** Checks that a build's `_headers` and `_redirects`, read as Netlify and Cloudflare Pages do, say what nginx does. */
export async function expectHostRulesAgree(request: APIRequestContext, outDir: string, paths: readonly string[]) {
  for (const path of paths) {
    const sent = (await request.get(path, { maxRedirects: 0 })).headers();
    for (const [host, headers] of Object.entries(headersByHost(outDir, path))) {
      const named = Object.fromEntries(Object.keys(headers).map((name) => [name, sent[name]]));
      expect(headers, `${host}'s reading of _headers for ${path}`).toEqual(named);
    }
  }
  const rules = redirectRules(outDir);
  expect(rules.filter(({ status }) => status === 301).length).toBeGreaterThan(200);
  await checkEach(rules, async ({ from, to, status }) => {
    const response = await request.get(from.replace('*', 'no-such-page/'), { maxRedirects: 0 });
    expect(response.status(), from).toBe(status);
    if (status === 301) expect(response.headers().location, from).toBe(to);
    else expect(await response.text(), from).toBe(readFileSync(join(outDir, to.replace(/^\/([^/]+\/)*/, '')), 'utf8'));
  });
}
