import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hostingFiles } from './scripts/hosting-plugin.ts';
import { prerenderScreens } from './scripts/prerender-plugin.ts';

export default defineConfig({
  plugins: [react(), prerenderScreens(), hostingFiles()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
