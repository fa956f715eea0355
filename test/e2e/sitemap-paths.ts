import { readFileSync } from 'node:fs';

/** Every prerendered screen's path, as the build listed them in its sitemap. */
export function sitemapPaths(): string[] {
  const sitemap = readFileSync('dist-e2e/root/sitemap.xml', 'utf8');
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!);
}

/** The paths split into `count` interleaved batches, so that each browser test covers a share. */
export function inBatches(paths: readonly string[], count: number): string[][] {
  return Array.from({ length: count }, (_, batch) => paths.filter((__, index) => index % count === batch));
}
