import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath } from './scripts/chrome.ts';

// Overridable so that two checkouts can run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4174);
const basePathPort = port + 1;
const serve = (outDir: string, at: number, base = '/') =>
  `vite build --logLevel warn --base ${base} --outDir ${outDir} && vite preview --base ${base} --outDir ${outDir} --port ${at} --strictPort`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromePath,
      args: chromeFlags,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /base-path/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'base-path', testMatch: /base-path/, use: { baseURL: `http://127.0.0.1:${basePathPort}` } },
  ],
  webServer: [
    { command: serve('dist-e2e/root', port), url: `http://127.0.0.1:${port}/`, timeout: 120_000, reuseExistingServer: false },
    {
      command: serve('dist-e2e/base', basePathPort, '/sign-out/'),
      url: `http://127.0.0.1:${basePathPort}/sign-out/`,
      timeout: 120_000,
    },
  ],
});
