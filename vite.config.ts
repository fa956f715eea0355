import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hostingFiles } from './scripts/hosting-plugin.ts';
import { prerenderScreens } from './scripts/prerender-plugin.ts';

export default defineConfig({
  plugins: [react(), prerenderScreens(), hostingFiles()],
  // Every browser that runs the app's module scripts but ignores modulepreload still loads the modules
  // it names, only later: no polyfill in the first screen's script.
  build: { modulePreload: { polyfill: false } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
