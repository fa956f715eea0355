import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * A production build, as a visitor gets it: in a process of its own, away from a test runner's
 * NODE_ENV=test.
 */
export async function buildSite(outDir: string, base = '/') {
  const vite = spawn('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--base', base, '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  const [code] = await once(vite, 'exit');
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
}
