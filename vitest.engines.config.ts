import { defineConfig } from 'vitest/config';

/** The wizard's browser scenarios in Firefox and WebKit (Chromium has Playwright: playwright.config.ts). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/engines/**/*.engine.test.ts'],
    globalSetup: ['test/engines/require-engines.ts', 'test/engines/serve-app.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 5_000 } },
  },
});
