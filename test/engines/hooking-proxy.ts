import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hooks {
  /** A classic script's source, run in every page before anything of the page's own (as an init script). */
  initScript?: string;
  /** Requests whose path this matches are refused: the connection is dropped, as by a proxy that drops them. */
  refuse?: RegExp;
}

export interface HookingProxy {
  /** The proxy's address for a path of the app. */
  url(path: string): string;
  close(): Promise<void>;
}

const initScriptPath = '/__hooks/init.js';

function relay(target: URL, incoming: IncomingMessage, outgoing: ServerResponse, hooks: Hooks) {
  const headers = { ...incoming.headers, host: target.host };
  // A page is read whole to put the script first in its head: ask for it uncompressed.
  if (hooks.initScript) headers['accept-encoding'] = 'identity';
  const upstream = forward({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers }, (answer) => {
    const isPage = (answer.headers['content-type'] ?? '').startsWith('text/html');
    if (!hooks.initScript || !isPage) {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
      return;
    }
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    answer.on('end', () => {
      const page = Buffer.concat(chunks).toString('utf8').replace('<head>', `<head><script src="${initScriptPath}"></script>`);
      const { 'content-length': _, etag: __, ...kept } = answer.headers;
      outgoing.writeHead(answer.statusCode ?? 502, { ...kept, 'content-length': Buffer.byteLength(page) });
      outgoing.end(page);
    });
  });
  upstream.on('error', () => outgoing.destroy());
  incoming.pipe(upstream);
}

/**
 * Serves the app at `target` from an address of its own on 127.0.0.1, with hooks no engine's driver
 * offers in all three engines alike (WebDriver classic, WebKit's, has none): an init script in every
 * page, put in as a same-origin script (the pages' policy allows 'self'), and requests refused.
 */
export async function startHookingProxy(target: string, hooks: Hooks): Promise<HookingProxy> {
  const origin = new URL(target);
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    if (hooks.initScript && path === initScriptPath) {
      outgoing.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      outgoing.end(hooks.initScript);
    } else if (hooks.refuse?.test(path)) {
      outgoing.destroy();
    } else {
      relay(origin, incoming, outgoing, hooks);
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => new URL(path, `http://127.0.0.1:${port}`).href,
    close: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
