import { cacheControl, hashedDir, securityHeaders } from '../../deploy/headers.ts';
import type { AnswerRedirect } from './answer-redirects.ts';

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

/**
 * The answers Netlify can tell apart: one value each. A form that sends several (the boxes of "Where
 * are you signed in?") is left out whole, as Netlify would take `answer=console&answer=cli` for the
 * rule of one of them, and lead to the wrong screen.
 */
function singleAnswers(redirects: readonly AnswerRedirect[]): AnswerRedirect[] {
  const several = new Set(redirects.filter(({ query }) => query.includes('&')).map(({ from }) => from));
  return redirects.filter(({ from }) => !several.has(from));
}

/**
 * `_redirects`, as Netlify and Cloudflare Pages read it: each form's answers (Netlify alone: a rule
 * with a query), each page's address without its trailing slash, then the 404.
 */
export function redirectsFile(base: string, pages: readonly string[], answers: readonly AnswerRedirect[]): string {
  return [
    '# Written by the build.',
    '# Netlify: a form sent without script, to the screen its answer leads to ("!": though the page exists).',
    '# Cloudflare Pages reads no query in a rule.',
    ...singleAnswers(answers).map(({ from, query, to }) => `${from} ${query} ${to} 303!`),
    ...pages.filter((page) => page !== base).map((page) => `${page.slice(0, -1)} ${page} 301`),
    '# Netlify; Cloudflare Pages sends the nearest 404.html, with status 404, of itself.',
    `${base}* ${base}404.html 404`,
  ].join('\n').concat('\n');
}
