import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { headersByHost, redirectRules } from './host-rules';

/**
 * What every response must carry, stated here apart from deploy/headers.ts (which these tests check,
 * so they do not read it). The headers that fall short are gathered and compared once: one expect per
 * response, as a test of every page makes thousands of them.
 */
export function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const policy = headers['content-security-policy'] ?? '';
  const permissions = headers['permissions-policy'] ?? '';
  const maxAge = Number(/^max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]);
  const checks: Record<string, boolean> = {
    'Content-Security-Policy forbids framing, plugins, other bases and other form targets': [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].every((directive) => policy.includes(directive)),
    'Content-Security-Policy names no default or style source and nothing unsafe': !/default-src|style-src|unsafe/.test(policy),
    'X-Content-Type-Options: nosniff': headers['x-content-type-options'] === 'nosniff',
    'X-Frame-Options: DENY': headers['x-frame-options'] === 'DENY',
    'Referrer-Policy: no-referrer': headers['referrer-policy'] === 'no-referrer',
    'Strict-Transport-Security for a year or more': maxAge >= 365 * 24 * 60 * 60,
    'Permissions-Policy denies the powerful features': ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'clipboard-read'].every(
      (feature) => permissions.includes(`${feature}=()`),
    ),
    'Permissions-Policy lets the page itself copy': permissions.includes('clipboard-write=(self)'),
    'Cross-Origin-Opener-Policy: same-origin': headers['cross-origin-opener-policy'] === 'same-origin',
    'Cross-Origin-Resource-Policy: same-origin': headers['cross-origin-resource-policy'] === 'same-origin',
    'Server: nginx, with no version': headers.server === 'nginx',
  };
  const missing = Object.entries(checks).flatMap(([check, met]) => (met ? [] : [check]));
  expect(missing, `${what}: headers that fall short`).toEqual([]);
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

/**
 * Checks that a build's `_headers` and `_redirects`, read as Netlify and Cloudflare Pages do, say what
 * nginx does. Of the rules that add a page's trailing slash, one for each page, those of `pages` are
 * asked: the rule is written the same way for every page; every other rule is asked.
 */
export async function expectHostRulesAgree(request: APIRequestContext, outDir: string, paths: readonly string[], pages: ReadonlySet<string>) {
  for (const path of paths) {
    const sent = (await request.get(path, { maxRedirects: 0 })).headers();
    for (const [host, headers] of Object.entries(headersByHost(outDir, path))) {
      const named = Object.fromEntries(Object.keys(headers).map((name) => [name, sent[name]]));
      expect(headers, `${host}'s reading of _headers for ${path}`).toEqual(named);
    }
  }
  const rules = redirectRules(outDir);
  // A rule that adds the slash for every page built (the base path's build has only the sampled ones).
  expect(rules.filter(({ status }) => status === 301).length).toBeGreaterThanOrEqual(pages.size);
  expect(rules.filter(({ query }) => query).length).toBeGreaterThan(500);
  const addsTheSlash = (rule: (typeof rules)[number]) => rule.status === 301 && rule.to === `${rule.from}/`;
  const asked = rules.filter((rule) => !addsTheSlash(rule) || pages.has(rule.to));
  expect(asked.filter(addsTheSlash).length).toBeGreaterThan(10);
  await checkEach(asked, async ({ from, query, to, status }) => {
    const response = await request.get(`${from.replace('*', 'no-such-page/')}${query ? `?${query}` : ''}`, { maxRedirects: 0 });
    expect(response.status(), from).toBe(status);
    if (status === 301 || status === 303) expect(response.headers().location, `${from} ${query ?? ''}`).toBe(to);
    else expect(await response.text(), from).toBe(readFileSync(join(outDir, to.replace(/^\/([^/]+\/)*/, '')), 'utf8'));
  });
}
