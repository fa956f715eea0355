import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Serves a built folder with `vite preview`, as `npm start` does, on a loopback port, in a process
 * of its own: served from the bench's own process, Lighthouse's work would slow every response.
 */
export async function serve(root: string, outDir: string, port: number) {
  const server = spawn(
    join(root, 'node_modules/.bin/vite'),
    ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const up = await fetch(`${url}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { url, close: () => server.kill() };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`vite preview did not start on ${url}`);
}
