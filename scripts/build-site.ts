import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { uncompressedBuild } from './hosting-plugin.ts';

/**
 * The builds the tests read: the site at the root, and under a base path. Only the first is
 * precompressed: which files get a .br and a .gz does not depend on the base, the root build's tests
 * check them, and compressing thousands of pages a second time was a third of the build's time.
 */
export const testBuilds = {
  root: { outDir: 'dist-test/root', base: '/', precompressed: true },
  base: { outDir: 'dist-test/base', base: '/sign-out/', precompressed: false },
} as const;

/**
 * A production build, as a visitor gets it: in a process of its own, away from a test runner's
 * NODE_ENV=test.
 */
export async function buildSite(outDir: string, base = '/', precompressed = true) {
  const vite = spawn('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--base', base, '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production', ...(precompressed ? {} : { [uncompressedBuild]: '1' }) },
    stdio: 'inherit',
  });
  const [code] = await once(vite, 'exit');
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
}

/**
 * A test build, made now; or, within `npm test`, which builds both once before its suites
 * (TEST_BUILDS_READY=1), the one already made.
 */
export async function testBuild({ outDir, base, precompressed }: (typeof testBuilds)[keyof typeof testBuilds]) {
  if (process.env.TEST_BUILDS_READY === '1' && existsSync(join(outDir, 'index.html'))) return;
  await buildSite(outDir, base, precompressed);
}
