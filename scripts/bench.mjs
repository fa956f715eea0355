// `npm run bench`: loads the TypeScript bench through Vite's module runner and runs it.
import { fileURLToPath } from 'node:url';

// Measure what people get: production builds of React and of the app.
process.env.NODE_ENV = 'production';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('bench/main.ts', import.meta.url)), { root, configFile: false });
await module.runBench(root);
