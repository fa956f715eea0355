import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** The test files that replace a module of the app (vi.mock), which only a fresh module registry allows. */
const mocking = ['test/unit/screen-error.test.tsx', 'test/unit/steps-needed.test.tsx'];
/** The test files that load the places' steps as the app does: none loaded before they start. */
const onDemand = ['test/unit/steps-on-demand.test.tsx', 'test/unit/steps-ready.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    // Vitest keeps a core free by default, which on a two-core machine runs the files one at a time.
    maxWorkers: 2,
    projects: [
      // Each worker imports the app once for all its files, instead of once a file: a third of the
      // suite's time. Pure functions and the built pages need no page: node, without jsdom's start-up.
      { extends: true, test: { name: 'node', include: ['test/unit/**/*.test.ts', 'test/model/**/*.test.ts'], exclude: onDemand, environment: 'node', setupFiles: ['test/setup-steps.ts'], isolate: false } },
      // What renders, in jsdom; every test still renders into a clean page (test/setup.ts).
      {
        extends: true,
        test: { name: 'dom', include: ['test/unit/**/*.test.tsx'], exclude: [...mocking, ...onDemand], environment: 'jsdom', setupFiles: ['test/setup-steps.ts', 'test/setup.ts'], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: mocking, environment: 'jsdom', setupFiles: ['test/setup-steps.ts', 'test/setup.ts'] } },
      { extends: true, test: { name: 'on-demand', include: onDemand, environment: 'jsdom', setupFiles: ['test/setup.ts'] } },
      // The addresses of a site hosted under a path, as `vite build --base /sign-out/` builds it.
      { extends: true, test: { name: 'base-path', include: ['test/base-path/**/*.test.ts'], environment: 'node', setupFiles: ['test/setup-steps.ts'], env: { BASE_URL: '/sign-out/' } } },
    ],
  },
});
