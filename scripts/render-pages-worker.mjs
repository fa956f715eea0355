// A worker thread of the prerender (scripts/prerender-plugin.ts): renders its share of the addresses
// with the built server entry, and hands each page back to be written.
import { parentPort, workerData } from 'node:worker_threads';

const { entry, addresses } = workerData;
const server = await import(entry);
for (const address of addresses) {
  const page = await server.renderPage(address);
  // A worker's port to its parent thread, not a window: there is no origin to name.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  parentPort.postMessage({ address, page });
}
