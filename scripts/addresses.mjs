// `npm run addresses`: appends every address the site now publishes to the registry of published addresses.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('published-addresses.ts', import.meta.url)), {
  root,
  configFile: false,
});
module.recordPublishedAddresses(root);
