import { createHash } from 'node:crypto';
import type { RenderedPage } from '../src/entry-server.tsx';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The built index.html, made into one screen's page: its markup, title, description and canonical link. */
export function pageHtml(
  template: string,
  page: RenderedPage,
  origin: string,
  preloads: readonly string[],
  isCanonical = true,
): string {
  const head = [
    ...(isCanonical ? [`<link rel="canonical" href="${escapeHtml(origin + page.path)}" />`] : []),
    ...preloads.map((href) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${escapeHtml(href)}" />`),
  ].join('\n    ');
  return template
    // The page paints from its own markup; the script only takes it over, so it must not compete with it.
    .replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*(")/, `$1${escapeHtml(page.description)}$2`)
    .replace('</head>', `  ${head}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" data-path="${escapeHtml(page.path)}">${page.html}</div>`);
}

/**
 * Puts the page's stylesheets into the page itself, so the first paint waits for no other request,
 * and allows exactly those styles, by their hashes, in the page's Content-Security-Policy.
 */
export function inlineStyles(html: string, readStyle: (href: string) => string): string {
  const hashes: string[] = [];
  const inlined = html.replace(/<link rel="stylesheet" crossorigin href="([^"]+)"\s*\/?>/g, (_, href: string) => {
    const css = readStyle(href);
    hashes.push(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  return inlined.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}

export function robotsTxt(siteRoot: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${siteRoot}sitemap.xml\n`;
}

export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}
