import { defineConfig } from 'vitest/config';

/** The wizard's browser scenarios in Firefox and WebKit; Playwright (playwright.config.ts) owns Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/engines/**/*.engine.test.ts'],
    globalSetup: ['test/engines/require-engines.ts', 'test/engines/serve-app.ts'],
    setupFiles: ['test/setup-steps.ts'],
    // One engine a worker: each mostly waits on its browser, so the two overlap well.
    maxWorkers: 2,
    // npm test runs this suite beside Playwright's: on a busy two-core machine a walk's first page, or a
    // screen's change, can take several times as long as alone. Waits end as soon as the page is ready.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
