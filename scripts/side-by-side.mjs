// Part of `npm test`: runs npm scripts at once, `node scripts/side-by-side.mjs <script>...`, each line of
// their output prefixed with the script's name. A two-core machine runs one suite in the other's waits
// and its last tests' idle core. As soon as one fails, it stops the others and fails, as `&&` would.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const runs = process.argv.slice(2).map((script) => {
  // A process group of its own, to stop with everything it started (browsers, nginx).
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${script}] ${line}`));
  }
  const exited = new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  return { script, child, exited };
});

const stopAll = () => {
  for (const { child } of runs) {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
  }
};
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

const failed = await new Promise((resolve) => {
  let left = runs.length;
  for (const { script, exited } of runs) {
    void exited.then((code) => {
      if (code !== 0) resolve(`${script} exited with ${code}`);
      else if ((left -= 1) === 0) resolve(undefined);
    });
  }
});
if (failed) {
  stopAll();
  console.error(`npm test: ${failed}; stopped the rest.`);
  process.exit(1);
}
