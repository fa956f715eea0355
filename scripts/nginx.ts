import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nginxMaps, nginxSite } from './deploy/nginx-site.ts';

const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

interface NginxOptions {
  /** The built site. */
  root: string;
  port: number;
  /** The base path the site was built for (vite build --base), with slashes at both ends. */
  base?: string;
}

interface RunningNginx {
  /** The site's address, base path included. */
  url: string;
  stop(): Promise<void>;
}

function requireNginx() {
  if (existsSync(nginxPath)) return;
  console.error(`No nginx at ${nginxPath}: install it with "apt-get install -y nginx", or set NGINX_PATH.`);
  process.exit(1);
}

/** nginx's own settings, everything it writes kept in `prefix`, so that it needs no install and no root. */
function mainConfig(prefix: string, port: number, siteRoot: string, brotli: boolean): string {
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
    `  include "${join(prefix, 'maps.conf')}";`,
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root "${siteRoot}";`,
    `    include "${join(prefix, 'site.conf')}";`,
    '  }',
    '}',
  ].join('\n');
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
export async function startNginx({ root, port, base = '/' }: NginxOptions): Promise<RunningNginx> {
  requireNginx();
  await requireFreePort(port);
  const brotli = existsSync(brotliModule);
  if (!brotli) {
    console.warn(`No brotli module at ${brotliModule}: serving gzip only (apt-get install -y libnginx-mod-http-brotli-static).`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const siteRoot = rootFor(prefix, resolve(root), base);
  writeFileSync(join(prefix, 'site.conf'), nginxSite({ base, brotli }));
  writeFileSync(join(prefix, 'maps.conf'), nginxMaps({ base }));
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, port, siteRoot, brotli));

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
    if (server === 'nginx') return { url, stop };
    await sleep(50);
  }
  await stop();
  throw new Error(`nginx did not start on ${url}: ${log.trim() || 'no answer'}`);
}
