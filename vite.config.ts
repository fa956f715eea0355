import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderScreens } from './scripts/prerender-plugin.ts';

export default defineConfig({
  plugins: [react(), prerenderScreens()],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
