import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { chromePath } from '../chrome.ts';

/** The machine the figures come from, and how busy it was: timings mean little without them. */
export function machine(): string {
  const cores = cpus();
  const chromium = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  return `${cores.length} × ${cores[0]?.model ?? 'unknown CPU'}, ${chromium}, Node ${process.versions.node}`;
}

export const load = () =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(' / ');
