import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** The test files that replace a module of the app (vi.mock), which only a fresh module registry allows. */
const mocking = ['test/unit/screen-error.test.tsx'];
const tests = ['test/unit/**/*.test.{ts,tsx}', 'test/model/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    // Vitest keeps a core free by default, which on a two-core machine runs the files one at a time.
    maxWorkers: 2,
    projects: [
      // Each worker imports the app, React and jsdom once for all its files, instead of once a file:
      // that was a third of the suite's time. Every test still renders into a clean page (test/setup.ts).
      { extends: true, test: { name: 'shared', include: tests, exclude: mocking, isolate: false } },
      { extends: true, test: { name: 'isolated', include: mocking } },
      // The addresses of a site hosted under a path, as `vite build --base /sign-out/` builds it.
      { extends: true, test: { name: 'base-path', include: ['test/base-path/**/*.test.ts'], environment: 'node', env: { BASE_URL: '/sign-out/' } } },
    ],
  },
});
