import { cacheControl, hashedDir, securityHeaders } from '../../deploy/headers.ts';

const block = (path: string, lines: readonly string[]) => [path, ...lines.map((line) => `  ${line}`)].join('\n');
const fields = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`);

/** `_headers`, as Netlify and Cloudflare Pages read it: what nginx sends, by address. */
export function headersFile(base: string): string {
  return [
    '# Written by the build from deploy/headers.ts.',
    block(`${base}*`, fields({ ...securityHeaders, 'Cache-Control': cacheControl.other })),
    '# Cloudflare Pages would join the two Cache-Control values; "!" drops the first. Netlify skips that line and takes the later value.',
    block(`${base}${hashedDir}*`, ['! Cache-Control', ...fields({ 'Cache-Control': cacheControl.hashed })]),
  ].join('\n\n').concat('\n');
}

/** `_redirects`, as Netlify and Cloudflare Pages read it: each page's address without its trailing slash, then the 404. */
export function redirectsFile(base: string, pages: readonly string[]): string {
  return [
    '# Written by the build.',
    ...pages.filter((page) => page !== base).map((page) => `${page.slice(0, -1)} ${page} 301`),
    '# Netlify; Cloudflare Pages sends the nearest 404.html, with status 404, of itself.',
    `${base}* ${base}404.html 404`,
  ].join('\n').concat('\n');
}
