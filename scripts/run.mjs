// Runs a TypeScript script through Vite's module runner, as Node 20 cannot: `node scripts/run.mjs <file.ts>`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
await runnerImport(resolve(process.argv[2]), { root, configFile: false });
