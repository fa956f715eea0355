import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx.ts';

// `npm run serve:nginx`: the built site as the reference server sends it, until Ctrl-C.
const root = 'dist';
const port = Number(process.env.PORT ?? 8080);
const base = process.env.BASE ?? '/';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}/: run "npm run build" first.`);
  process.exit(1);
}
const server = await startNginx({ root, port, base });
console.log(`nginx serves ${root}/ at ${server.url} (Ctrl-C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
