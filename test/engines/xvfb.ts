import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { enginePaths } from './engine-paths';

export interface VirtualDisplay {
  /** For DISPLAY, e.g. ":99". */
  display: string;
  stop(): void;
}

/** Starts a virtual X display on the first free number, which Xvfb itself picks and reports. */
export function startXvfb(): Promise<VirtualDisplay> {
  const xvfb = spawn(enginePaths.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    xvfb.kill();
  };
  return new Promise((resolve, reject) => {
    let errors = '';
    xvfb.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${errors.trim()}`)));
    (xvfb.stdio[3] as Readable).once('data', (chunk: Buffer) => resolve({ display: `:${chunk.toString().trim()}`, stop }));
  });
}
