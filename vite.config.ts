import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { hostingFiles } from './scripts/hosting-plugin.ts';
import { prerenderScreens } from './scripts/prerender-plugin.ts';

/** A chunk shared by pages is named after what it holds (found by one module it always holds), not after its first module. */
const sharedChunkNames: readonly (readonly [module: string, name: string])[] = [
  ['/src/flow/wizard-machine.ts', 'machine-and-content'],
  ['/src/flow/share-message.ts', 'sharing'],
  ['/src/ui/screen-heading.tsx', 'page-parts'],
];

const chunkName = (chunk: { isDynamicEntry: boolean; moduleIds: readonly string[] }) =>
  (!chunk.isDynamicEntry && sharedChunkNames.find(([module]) => chunk.moduleIds.some((id) => id.endsWith(module)))?.[1]) || '[name]';

export default defineConfig({
  plugins: [react(), prerenderScreens(), hostingFiles()],
  build: {
    // One stylesheet for every page, which the prerender plugin puts in each page: no screen the script
    // shows later waits for a stylesheet or fetches one the page already holds.
    cssCodeSplit: false,
    // A browser that ignores modulepreload still loads the modules, only later: no polyfill in the
    // first screen's script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js` },
      // The build's time after bundling is the prerender and the precompressed copies of every page, on
      // purpose; Rolldown's report of it ("PLUGIN_TIMINGS", seven lines before `npm start`'s address)
      // is known and harmless, and read by a newcomer as an error.
      checks: { bundlerTimings: false },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
