import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import { isCompressed } from '../deploy/headers.ts';
import type { answerRedirects as AnswerRedirects } from './deploy/answer-redirects.ts';
import { headersFile, redirectsFile } from './deploy/host-rules.ts';
import { precompress } from './deploy/precompress.ts';

/**
 * Set in a build's environment to `none` to skip the .br and .gz copies, or to `quick` to make them at
 * brotli's and gzip's quickest settings: a test build's choice (scripts/build-site.ts), as its tests read
 * that the copies are there and are the files, not how small they are.
 */
export const compressionSetting = 'SIGN_OUT_COMPRESSION';

/**
 * Once every page is written: `_headers` and `_redirects` for hosts that read them, then a brotli and
 * a gzip copy of every text file (but in a test build that asks for none).
 */
export function hostingFiles(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'hosting-files',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    // After the prerender plugin's closeBundle, which writes the pages.
    closeBundle: {
      order: 'post',
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
        const pages = files
          .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
          .map((file) => config.base + file.replace(/index\.html$/, ''));
        writeFileSync(join(outDir, '_headers'), headersFile(config.base));
        // The machine, loaded as the scripts load it, not bundled into the config.
        const { module } = await runnerImport<{ answerRedirects: typeof AnswerRedirects }>(resolve(config.root, 'scripts/deploy/answer-redirects.ts'), {
          root: config.root,
          configFile: false,
        });
        writeFileSync(join(outDir, '_redirects'), redirectsFile(config.base, pages.toSorted(), module.answerRedirects(config.base)));
        const compression = process.env[compressionSetting];
        if (compression !== 'none') await precompress(outDir, files.filter(isCompressed), compression === 'quick');
      },
    },
  };
}
