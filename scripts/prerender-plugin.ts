import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { RenderedPage } from '../src/entry-server.tsx';
import { pageHtml, robotsTxt, sitemapXml } from './static-pages.ts';

interface ServerEntry {
  pagePaths(): string[];
  renderPage(path: string): Promise<RenderedPage>;
}

/**
 * After the client build, renders every reachable screen to its own static page at its address,
 * plus 404.html, robots.txt and sitemap.xml, so each screen paints without script.
 */
export function prerenderScreens(): Plugin {
  let config: ResolvedConfig;
  let wizardChunks: string[] = [];
  return {
    name: 'prerender-screens',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_, bundle) {
      const chunks = Object.values(bundle).flatMap((chunk) => (chunk.type === 'chunk' ? [chunk] : []));
      const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
      // Screens after the start page load on demand; their pages name that code up front.
      wizardChunks = chunks
        .filter((chunk) => chunk.isDynamicEntry && chunk.facadeModuleId?.endsWith('/src/wizard-page.tsx'))
        .flatMap((chunk) => [chunk.fileName, ...chunk.imports])
        .filter((file) => !entries.has(file));
    },
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const serverDir = resolve(config.root, 'node_modules/.cache/prerender');
      await build({
        root: config.root,
        base: config.base,
        logLevel: 'warn',
        build: { ssr: 'src/entry-server.tsx', outDir: serverDir, emptyOutDir: true },
      });
      const server = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as ServerEntry;
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const preload = wizardChunks.map((file) => `${config.base}${file}`).filter((href) => !template.includes(href));
      // Canonical links and the sitemap need absolute addresses: set SITE_ORIGIN when deploying.
      const origin = process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173';
      const write = (file: string, text: string) => {
        mkdirSync(dirname(join(outDir, file)), { recursive: true });
        writeFileSync(join(outDir, file), text);
      };

      const paths = server.pagePaths();
      for (const path of paths) {
        const page = await server.renderPage(path);
        write(`${path.slice(config.base.length)}index.html`, pageHtml(template, page, origin, page.needsWizardPage ? preload : []));
      }
      const notFound = await server.renderPage(`${config.base}404/`);
      write('404.html', pageHtml(template, { ...notFound, path: `${config.base}404/` }, origin, []));
      write('robots.txt', robotsTxt(`${origin}${config.base}`));
      write('sitemap.xml', sitemapXml(paths.map((path) => `${origin}${path}`)));
      config.logger.info(`prerendered ${paths.length} pages, 404.html, robots.txt and sitemap.xml`);
    },
  };
}
