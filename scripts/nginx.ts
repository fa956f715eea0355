import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nginxHttpsSite } from './deploy/nginx-https-site.ts';
import { nginxMaps, nginxSite } from './deploy/nginx-site.ts';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

interface NginxOptions {
  /** The built site. */
  root: string;
  port: number;
  /** The base path the site was built for (vite build --base), with slashes at both ends. */
  base?: string;
  /**
   * Serve it as deployed over HTTPS instead (deploy/nginx/sign-out-of-aws-https.conf), on this port, with
   * a self-signed certificate made now; `port` then only redirects to it, as port 80 does.
   */
  httpsPort?: number;
}

interface RunningNginx {
  /** The site's address, base path included: over plain HTTP, or where plain HTTP redirects from. */
  url: string;
  /** With `httpsPort`: the site's address over HTTPS, and the certificate to trust for it (PEM). */
  https?: { url: string; certificate: string };
  stop(): Promise<void>;
}

function requireNginx() {
  if (existsSync(nginxPath)) return;
  console.error(`No nginx at ${nginxPath}: install it with "apt-get install -y nginx", or set NGINX_PATH.`);
  process.exit(1);
}

/** nginx's own settings, everything it writes kept in `prefix`, so that it needs no install and no root. */
function mainConfig(prefix: string, brotli: boolean, site: readonly string[]): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `  ${kind}_temp_path "${join(prefix, kind)}";`,
  );
  return [
    ...(brotli ? [`load_module "${brotliModule}";`] : []),
    // As root, nginx would run its workers as nobody, who may not be able to read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid "${join(prefix, 'nginx.pid')}";`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  log_not_found off;',
    ...temp,
    ...site.map((line) => `  ${line}`),
    '}',
  ].join('\n');
}

/** The site over plain HTTP, as the browser tests open it. */
const plainSite = (port: number, siteRoot: string) => [
  'include snippets/sign-out-of-aws-maps.conf;',
  'server {',
  `  listen 127.0.0.1:${port};`,
  `  root "${siteRoot}";`,
  '  include snippets/sign-out-of-aws.conf;',
  '}',
];

/**
 * A throwaway self-signed certificate for 127.0.0.1 and localhost, made in `dir` (removed with it when
 * nginx stops): nothing that looks like a key is ever committed.
 */
function makeCertificate(dir: string) {
  const certificate = join(dir, 'certificate.pem');
  const certificateKey = join(dir, 'certificate-key.pem');
  const openssl = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', certificateKey, '-out', certificate],
    { encoding: 'utf8' },
  );
  if (openssl.error || openssl.status !== 0) {
    throw new Error(`openssl could not make a certificate (apt-get install -y openssl): ${openssl.error?.message ?? openssl.stderr}`);
  }
  return { certificate, certificateKey };
}

async function requireFreePort(port: number) {
  const probe = createServer();
  await new Promise<void>((done, fail) => probe.once('error', fail).listen(port, '127.0.0.1', done)).catch(() => {
    throw new Error(`Port ${port} on 127.0.0.1 is taken: choose another.`);
  });
  await new Promise((done) => probe.close(done));
}

/** Under a base path, the site is served from a folder that holds it by that name. */
function rootFor(prefix: string, site: string, base: string): string {
  if (base === '/') return site;
  const www = join(prefix, 'www');
  const at = join(www, base.slice(1, -1));
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(site, at);
  return www;
}

/** Serves a built site with Debian's nginx and the project's rules, in the foreground, on 127.0.0.1. */
export async function startNginx({ root, port, base = '/', httpsPort }: NginxOptions): Promise<RunningNginx> {
  requireNginx();
  await requireFreePort(port);
  if (httpsPort !== undefined) await requireFreePort(httpsPort);
  const brotli = existsSync(brotliModule);
  if (!brotli) {
    console.warn(`No brotli module at ${brotliModule}: serving gzip only (apt-get install -y libnginx-mod-http-brotli-static).`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const siteRoot = rootFor(prefix, resolve(root), base);
  // The snippets where Debian keeps them, relative to nginx's configuration folder: here, the prefix.
  mkdirSync(join(prefix, 'snippets'));
  writeFileSync(join(prefix, 'snippets', 'sign-out-of-aws.conf'), nginxSite({ base, brotli }));
  writeFileSync(join(prefix, 'snippets', 'sign-out-of-aws-maps.conf'), nginxMaps({ base }));
  let site = plainSite(port, siteRoot);
  let https: RunningNginx['https'];
  if (httpsPort !== undefined) {
    const { certificate, certificateKey } = makeCertificate(prefix);
    const httpsSite = nginxHttpsSite({
      hosts: ['127.0.0.1'],
      httpPort: port,
      httpsPort,
      serverName: '127.0.0.1 localhost',
      root: siteRoot,
      certificate,
      certificateKey,
      snippets: 'snippets',
    });
    writeFileSync(join(prefix, 'sign-out-of-aws-https.conf'), httpsSite);
    site = ['include sign-out-of-aws-https.conf;'];
    https = { url: `https://127.0.0.1:${httpsPort}${base}`, certificate };
  }
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, brotli, site));

  const nginx = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let log = '';
  nginx.stderr.on('data', (chunk: Buffer) => {
    log += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 200 && nginx.exitCode === null && !log.includes('[emerg]'); attempt += 1) {
    const server = await fetch(url, { redirect: 'manual' }).then(
      (response) => response.headers.get('server'),
      () => null,
    );
    if (server === 'nginx') return { url, https, stop };
    await sleep(50);
  }
  await stop();
  throw new Error(`nginx did not start on ${url}: ${log.trim() || 'no answer'}`);
}
