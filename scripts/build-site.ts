import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compressionSetting } from './hosting-plugin.ts';
import { pagesFileSetting } from './prerender-plugin.ts';

type Compression = 'full' | 'quick' | 'none';

/**
 * The builds the tests read: the site at the root, and under a base path. Only the first is
 * precompressed, at the quickest settings: which files get a .br and a .gz does not depend on the base
 * or the setting, and the tests read that the copies are there and are the files, not their size.
 * Compressing thousands of pages at the deployed settings was two thirds of the build's time.
 */
export const testBuilds = {
  root: { outDir: 'dist-test/root', base: '/', compression: 'quick' },
  base: { outDir: 'dist-test/base', base: '/sign-out/', compression: 'none' },
} as const satisfies Record<string, { outDir: string; base: string; compression: Compression }>;

/**
 * A production build, as a visitor gets it: in a process of its own, away from a test runner's
 * NODE_ENV=test.
 */
export async function buildSite(outDir: string, base = '/', compression: Compression = 'full', pagesFile?: string) {
  const vite = spawn('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--base', base, '--outDir', outDir, '--emptyOutDir'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ...(compression === 'full' ? {} : { [compressionSetting]: compression }),
      ...(pagesFile && { [pagesFileSetting]: pagesFile }),
    },
    stdio: 'inherit',
  });
  const [code] = await once(vite, 'exit');
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
}

/**
 * A test build, made now; or, within `npm test`, which builds both once before its suites
 * (TEST_BUILDS_READY=1), the one already made.
 */
export async function testBuild({ outDir, base, compression }: (typeof testBuilds)[keyof typeof testBuilds]) {
  if (process.env.TEST_BUILDS_READY === '1' && existsSync(join(outDir, 'index.html'))) return;
  await buildSite(outDir, base, compression);
}
