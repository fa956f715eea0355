import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { appPort } from './ports';

const outDir = 'dist-engines';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A production build, as a visitor gets it: in a child process, away from vitest's NODE_ENV=test. */
async function buildApp() {
  const vite = spawn('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  const [code] = await once(vite, 'exit');
  if (code !== 0) throw new Error(`vite build exited with ${code}`);
}

/** Vitest global setup: builds the app once and serves the build for every engine's scenarios. */
export default async function serveApp(project: TestProject) {
  await buildApp();
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: appPort, strictPort: true } });
  project.provide('baseUrl', `http://127.0.0.1:${appPort}/`);
  return () => server.close();
}
