import { join } from 'node:path';
import { build } from 'vite';
import { pathOf } from '../../src/address/address';
import { reachableScreens } from '../../src/flow/reachable';
import { screenOf } from '../../src/flow/screen';
import { clickToNextScreen, summarise, type Latency } from './click-latency';
import { firstScreenJs } from './first-screen-js';
import { buildFloor } from './floor-build';
import { audit, type LighthouseResult, type Throttling } from './lighthouse-audit';
import { load, machine } from './machine';
import { writePlainCopy } from './plain-page';
import { serve } from './serve';
import { loadEveryPlaceSteps } from '../../src/content/places/place-steps';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

const stepPath = '/iam-user/this-browser/console/several/all/steps/2/';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (ours: number, baseline: number) => (ours / baseline).toFixed(2);
const scores = (result: LighthouseResult) =>
  `${result.performance} / ${result.accessibility} / ${result.bestPractices} / ${result.seo}`;
const latency = (result: Latency) => `median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`;
const clickRows = (name: string, result: Record<'app' | 'sameScreen' | 'headingOnly', Latency>, scale: string) => [
  [`${name} (${result.app.clicks} clicks)`, latency(result.app), scale],
  [`${name}: floor, the same screens without a framework`, latency(result.sameScreen), 'the next prerendered screen put in place by plain DOM calls, heading focused'],
  [`${name}: floor, the heading's words only`, latency(result.headingOnly), 'the least a click can change: what the measure itself costs'],
];

/** Every question screen's address: each has a Continue to time. */
const questionPaths = () => [...new Set(reachableScreens().filter((snapshot) => screenOf(snapshot).kind === 'question').map((snapshot) => pathOf(snapshot)))];

/**
 * Builds, serves and measures the app in one run, with the floor (a hello world on the same stack) and
 * the plain page (the step page without its scripts, from the same server) beside it, and prints one
 * table. Figures, not verdicts. BENCH_RUNS runs of each (default 3), medians reported; BENCH_PORT
 * (default 4301) is where the app is served.
 */
export async function runBench(root: string) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const port = Number(process.env.BENCH_PORT ?? 4301);
  const loadBefore = load();
  const appDir = join(root, 'node_modules/.cache/bench-app');
  await build({ root, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  const floorDir = await buildFloor(root);
  const plainPath = writePlainCopy(appDir, stepPath);

  const ours = firstScreenJs(appDir);
  const onApproach = firstScreenJs(appDir, `${stepPath.slice(1)}index.html`);
  const floor = firstScreenJs(floorDir);

  const app = await serve(root, appDir, port);
  try {
    const lighthouse = async (throttling: Throttling) => ({
      start: await audit(`${app.url}/`, throttling, runs),
      step: await audit(`${app.url}${stepPath}`, throttling, runs),
      plain: await audit(`${app.url}${plainPath}`, throttling, runs),
    });
    const simulated = await lighthouse('simulate');
    const devtools = await lighthouse('devtools');
    const paths = questionPaths();
    // The app and both floors take turns in each run, so a busy moment falls on all three alike.
    const clicks = async (cpuSlowdown: number) => {
      const samples = { app: [] as number[], sameScreen: [] as number[], headingOnly: [] as number[] };
      for (let run = 0; run < runs; run += 1) {
        samples.app.push(...(await clickToNextScreen(app.url, paths, 1, cpuSlowdown)));
        samples.sameScreen.push(...(await clickToNextScreen(app.url, paths, 1, cpuSlowdown, 'same screen')));
        samples.headingOnly.push(...(await clickToNextScreen(app.url, paths, 1, cpuSlowdown, 'heading only')));
      }
      return {
        app: summarise(samples.app, paths.length),
        sameScreen: summarise(samples.sameScreen, paths.length),
        headingOnly: summarise(samples.headingOnly, paths.length),
      };
    };
    const atFullSpeed = await clicks(1);
    const slowed = await clicks(4);

    const pageRows = (name: string, result: typeof simulated) => [
      [`Start page: perf / a11y / best practices / SEO`, scores(result.start), name],
      [`Start page: FCP, LCP, TBT, CLS`, `${ms(result.start.fcp)}, ${ms(result.start.lcp)}, ${ms(result.start.tbt)}, ${result.start.cls.toFixed(3)}`, name],
      [`Step page: perf / a11y / best practices / SEO`, scores(result.step), `${name}, ${stepPath}`],
      [`Step page: FCP, LCP, TBT, CLS`, `${ms(result.step.fcp)}, ${ms(result.step.lcp)}, ${ms(result.step.tbt)}, ${result.step.cls.toFixed(3)}`, name],
      [`Step page without scripts: FCP, LCP`, `${ms(result.plain.fcp)}, ${ms(result.plain.lcp)}`, `${name}; ours / plain: FCP ${ratio(result.step.fcp, result.plain.fcp)}, LCP ${ratio(result.step.lcp, result.plain.lcp)}`],
    ];
    const rows: string[][] = [
      ['First screen JS, gzip', kB(ours.gzip), `floor ${kB(floor.gzip)}, ratio ${ratio(ours.gzip, floor.gzip)}`],
      ['First screen JS, brotli', kB(ours.brotli), `floor ${kB(floor.brotli)}, ratio ${ratio(ours.brotli, floor.brotli)}`],
      ['Step page JS, gzip (the start page fetches it on approach)', kB(onApproach.gzip), `floor ${kB(floor.gzip)}, ratio ${ratio(onApproach.gzip, floor.gzip)}`],
      ...pageRows('Lighthouse mobile, simulated throttling', simulated),
      ...pageRows('Lighthouse mobile, devtools throttling', devtools),
      ...clickRows('Continue to next heading painted', atFullSpeed, `Chromium, ${atFullSpeed.app.screens} question screens`),
      ...clickRows('The same, CPU slowed 4×', slowed, 'DevTools CPU throttling'),
    ];
    console.log(`\n${machine()}; load average (1 / 5 / 15 min) ${loadBefore} before, ${load()} after; medians of ${runs} runs`);
    console.log('\n| measure | value | for scale |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await app.close();
  }
}
