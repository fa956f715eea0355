import { preview } from 'vite';

/** Serves a built folder with vite preview, as `npm start` does, on a loopback port. */
export async function serve(root: string, outDir: string, port: number) {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
