import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './nginx.ts';
import { describeScan, observatoryScan } from './observatory.ts';

// `npm run observatory`: the build served over HTTPS as deployed, on a throwaway certificate, graded by
// Mozilla's HTTP Observatory; exits with 1 below A+.
const root = 'dist';
const port = Number(process.env.PORT ?? 8080);
const httpsPort = Number(process.env.HTTPS_PORT ?? 8443);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No build in ${root}/: run "npm run build" first.`);
  process.exit(1);
}
const server = await startNginx({ root, port, httpsPort });
try {
  const scan = await observatoryScan(`127.0.0.1:${httpsPort}`, server.https!.certificate);
  console.log(describeScan(scan));
  process.exitCode = scan.grade === 'A+' ? 0 : 1;
} finally {
  await server.stop();
}
