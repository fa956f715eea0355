import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx.ts';

// `npm run serve:nginx`: the built site as the reference server sends it, until Ctrl-C. With HTTPS_PORT,
// as deployed over HTTPS (deploy/nginx/sign-out-of-aws-https.conf) on a certificate made now, PORT
// redirecting to it.
const root = 'dist';
const port = Number(process.env.PORT ?? 8080);
const httpsPort = process.env.HTTPS_PORT ? Number(process.env.HTTPS_PORT) : undefined;
const base = process.env.BASE ?? '/';
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}/: run "npm run build" first.`);
  process.exit(1);
}
const server = await startNginx({ root, port, base, httpsPort });
if (server.https) {
  console.log(`nginx serves ${root}/ at ${server.https.url}, and ${server.url} redirects to it (Ctrl-C to stop)`);
  console.log(`The certificate is self-signed, made for this run: trust it with curl --cacert ${server.https.certificate}`);
} else {
  console.log(`nginx serves ${root}/ at ${server.url} (Ctrl-C to stop)`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
