import { readFileSync } from 'node:fs';
import { connect, type SecureVersion } from 'node:tls';
import { expect, request as requests, test, type APIRequestContext } from '@playwright/test';
import { startNginx } from '../../scripts/nginx';
import { describeScan, observatoryScan } from '../../scripts/observatory';
import { expectSecurityHeaders } from './responses';
import { sites } from './sites';
import { askForEachStatus } from './statuses';

// The build at the root served as deployed over HTTPS (deploy/nginx/sign-out-of-aws-https.conf), on a
// self-signed certificate made for the run: `httpsPort` is the 443 block, `httpPort` the port-80 one.
// One server for the file, so its tests run one after another, in one worker (a failure restarts it, and
// the server with it, and the rest still run).
test.describe.configure({ mode: 'default' });

const httpPort = sites.base.port + 1;
const httpsPort = sites.base.port + 2;
const origin = `https://127.0.0.1:${httpsPort}`;
const notFoundPage = readFileSync(`${sites.root.outDir}/404.html`, 'utf8');

let server: Awaited<ReturnType<typeof startNginx>>;
let https: APIRequestContext;

test.beforeAll(async () => {
  server = await startNginx({ root: sites.root.outDir, port: httpPort, httpsPort });
  // The certificate's trust is what the TLS and Observatory tests check; here it is the answers.
  https = await requests.newContext({ baseURL: origin, ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await https?.dispose();
  await server?.stop();
});

test('plain HTTP is sent for good to the same address over HTTPS, from port 80 and from the HTTPS port itself', async ({ request }) => {
  for (const port of [httpPort, httpsPort]) {
    for (const path of ['/', '/user-type/', '/user-type', '/user-type/?answer=root-user', '/no-such-page/']) {
      const response = await request.get(`http://127.0.0.1:${port}${path}`, { maxRedirects: 0 });
      expect(response.status(), `http://…:${port}${path}`).toBe(301);
      expect(response.headers().location, `http://…:${port}${path}`).toBe(`${origin}${path}`);
      expectSecurityHeaders(response.headers(), `http://…:${port}${path}`);
    }
  }
});

test('over HTTPS every status carries every security header, HSTS with them', async () => {
  const answers = await askForEachStatus(https);
  for (const [status, response] of Object.entries(answers)) {
    expect(response.status()).toBe(Number(status));
    expectSecurityHeaders(response.headers(), `https, status ${status}`);
  }
  for (const status of [400, 404, 405, 413, 414]) expect(await answers[status]!.text(), `https, status ${status}`).toBe(notFoundPage);
  expect(answers[301]!.headers().location).toBe('/user-type/');
});

test('TLS 1.2 and 1.3 only, HTTP/2 offered, on the certificate served', async () => {
  const ca = readFileSync(server.https!.certificate);
  const handshake = (version: SecureVersion) =>
    new Promise<string>((done) => {
      // SECLEVEL=0 lets this client offer TLS 1.0 and 1.1, so that a refusal is the server's.
      const socket = connect(
        { host: '127.0.0.1', port: httpsPort, ca, minVersion: version, maxVersion: version, ciphers: 'DEFAULT:@SECLEVEL=0', ALPNProtocols: ['h2', 'http/1.1'] },
        () => {
          done(`${socket.getProtocol()} ${socket.alpnProtocol}`);
          socket.end();
        },
      );
      socket.on('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
    });
  expect(await handshake('TLSv1')).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
  expect(await handshake('TLSv1.1')).toBe('ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION');
  expect(await handshake('TLSv1.2')).toBe('TLSv1.2 h2');
  expect(await handshake('TLSv1.3')).toBe('TLSv1.3 h2');
});

test('Mozilla’s HTTP Observatory grades it A+', async () => {
  test.setTimeout(90_000);
  const scan = await observatoryScan(`127.0.0.1:${httpsPort}`, server.https!.certificate);
  console.log(describeScan(scan));
  expect(scan.grade, describeScan(scan)).toBe('A+');
});
