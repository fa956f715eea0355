import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { OldAddress } from '../src/address/old-addresses.ts';
import type { RenderedPage } from '../src/entry-server.tsx';
import { inlineStyles, pageHtml, robotsTxt, sitemapXml } from './static-pages.ts';

const unique = (files: string[]) => [...new Set(files)];

/**
 * For a test build that needs only some pages: a file listing their addresses (under the base), one a
 * line. Without it, every page is rendered, as a deploy needs.
 */
export const pagesFileSetting = 'SIGN_OUT_PAGES_FILE';

function onlyListed(): (path: string) => boolean {
  const file = process.env[pagesFileSetting];
  if (!file) return () => true;
  const listed = new Set(readFileSync(file, 'utf8').split('\n').filter((line) => line !== ''));
  return (path) => listed.has(path);
}

interface ServerEntry {
  pagePaths(): string[];
  olderPages(): OldAddress[];
  renderPage(path: string): Promise<RenderedPage>;
}

/**
 * Renders each address with the server entry, in a worker thread for each core, and hands each page to
 * `rendered` as it comes: rendering is most of a build's time, and in one thread it kept one core busy.
 */
async function renderInWorkers(root: string, entry: string, addresses: readonly string[], rendered: (address: string, page: RenderedPage) => void) {
  const count = Math.min(availableParallelism(), addresses.length);
  const shares = Array.from({ length: count }, (_, share) => addresses.filter((__, index) => index % count === share));
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolvePromise, reject) => {
          const worker = new Worker(join(root, 'scripts/render-pages-worker.mjs'), { workerData: { entry, addresses: share } });
          worker.on('message', ({ address, page }: { address: string; page: RenderedPage }) => rendered(address, page));
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`a prerender worker exited with ${code}`))));
        }),
    ),
  );
}

/**
 * After the client build, renders every reachable screen to its own static page at its address,
 * plus 404.html, robots.txt and sitemap.xml, so each screen paints without script.
 */
export function prerenderScreens(): Plugin {
  let config: ResolvedConfig;
  /** For each module loaded on demand, the scripts to preload (every stylesheet is in every page: cssCodeSplit is off). */
  let onDemandScripts = new Map<string, string[]>();
  return {
    name: 'prerender-screens',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? [chunk] : []));
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      onDemandScripts = new Map(
        chunks
          .filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId)
          .map((chunk) => [
            relative(config.root, chunk.facadeModuleId!),
            [chunk.fileName, ...chunk.imports].filter((file) => !entries.has(file)),
          ]),
      );
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      // A folder of this build's own: two builds at once (the root site and one under a base path) must
      // not render each other's pages.
      const cache = resolve(config.root, 'node_modules/.cache');
      mkdirSync(cache, { recursive: true });
      const serverDir = mkdtempSync(join(cache, 'prerender-'));
      await build({
        root: config.root,
        base: config.base,
        logLevel: 'warn',
        build: { ssr: 'src/entry-server.tsx', outDir: serverDir, emptyOutDir: true },
      });
      const entry = pathToFileURL(join(serverDir, 'entry-server.js')).href;
      const server = (await import(/* @vite-ignore */ entry)) as ServerEntry;
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      // A page the script takes over at once names the code it needs up front, so it loads in parallel.
      const scriptsFor = (page: RenderedPage) =>
        unique(page.onDemand.flatMap((module) => onDemandScripts.get(module) ?? []))
          .map((file) => `${config.base}${file}`)
          .filter((href) => !template.includes(href));
      // Canonical links and the sitemap need absolute addresses: set SITE_ORIGIN when deploying.
      const origin = process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173';
      const readStyle = (href: string) => readFileSync(join(outDir, href.slice(config.base.length)), 'utf8');
      const writePage = (file: string, page: RenderedPage, isCanonical = true) =>
        write(file, inlineStyles(pageHtml(template, page, origin, scriptsFor(page), isCanonical), readStyle));
      const write = (file: string, text: string) => {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        writeFileSync(join(outDir, file), text);
      };

      const wanted = onlyListed();
      const paths = server.pagePaths().filter(wanted);
      // A renamed address keeps a page: the new screen's, naming its new address as canonical.
      const renamed = new Map(server.olderPages().filter((page) => wanted(page.old)).map(({ old, current }) => [old, current]));
      const notFound = `${config.base}404/`;
      await renderInWorkers(config.root, entry, [...paths, ...renamed.keys(), notFound], (address, page) => {
        // Served for addresses that are not pages: it has no address of its own to name as canonical.
        if (address === notFound) return writePage('404.html', page, false);
        const current = renamed.get(address);
        writePage(`${address.slice(config.base.length)}index.html`, current ? { ...page, path: current } : page);
      });
      write('robots.txt', robotsTxt(`${origin}${config.base}`));
      write('sitemap.xml', sitemapXml(paths.map((path) => `${origin}${path}`)));
      rmSync(serverDir, { recursive: true, force: true });
      config.logger.info(`prerendered ${paths.length} pages, 404.html, robots.txt and sitemap.xml`);
    },
  };
}
