import { defineConfig } from '@playwright/test';
import { chromeFlags, chromePath } from './scripts/chrome.ts';
import { siteUrl, sites } from './test/e2e/sites.ts';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  globalSetup: './test/e2e/serve-sites.ts',
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromePath,
      args: chromeFlags,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /base-path/, use: { baseURL: siteUrl(sites.root) } },
    { name: 'base-path', testMatch: /base-path/, use: { baseURL: siteUrl(sites.base) } },
  ],
});
