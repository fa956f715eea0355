import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hostingFiles } from './scripts/hosting-plugin.ts';
import { prerenderScreens } from './scripts/prerender-plugin.ts';

export default defineConfig({
  plugins: [react(), prerenderScreens(), hostingFiles()],
  build: {
    // One stylesheet for every page, which the prerender plugin puts in each page: no screen the script
    // shows later waits for a stylesheet or fetches one the page already holds.
    cssCodeSplit: false,
    // A browser that ignores modulepreload still loads the modules, only later: no polyfill in the
    // first screen's script.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
