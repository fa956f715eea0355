import { defineConfig } from 'vitest/config';

/** The wizard's browser scenarios in Chromium, Firefox and WebKit; Playwright (playwright.config.ts) checks the rest. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/engines/**/*.engine.test.ts'],
    globalSetup: ['test/engines/require-engines.ts', 'test/engines/serve-app.ts'],
    // One engine a worker: each mostly waits on its browser, so the three overlap well even on two cores.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 5_000 } },
  },
});
