import { defineConfig } from 'vitest/config';

/** The wizard's browser scenarios in Chromium, Firefox and WebKit; Playwright (playwright.config.ts) checks the rest. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/engines/**/*.engine.test.ts'],
    globalSetup: ['test/engines/require-engines.ts', 'test/engines/serve-app.ts'],
    // One engine a worker: each mostly waits on its browser, so the three overlap well even on two cores.
    maxWorkers: 3,
    // npm test runs this suite beside Playwright's: on a busy two-core machine a walk's first page, or a
    // screen's change, can take several times as long as alone. Waits end as soon as the page is ready.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
  },
});
