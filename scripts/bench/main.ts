import { join } from 'node:path';
import { build } from 'vite';
import { resolvePath } from '../../src/address/address';
import { situationOf } from '../../src/flow/situation';
import { stepsFor } from '../../src/flow/what-applies';
import { clickToNextScreen } from './click-latency';
import { firstScreenJs } from './first-screen-js';
import { buildFloor } from './floor-build';
import { audit, type LighthouseResult } from './lighthouse-audit';
import { serve } from './serve';
import { writeStaticBaseline } from './static-baseline';

const stepPath = '/iam-user/console/several/all/steps/2/';
const questionPath = '/user-type/';
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const scores = (result: LighthouseResult) =>
  `${result.performance} / ${result.accessibility} / ${result.bestPractices} / ${result.seo}`;

/** Builds, serves and measures the app in one run, and prints one table. Figures, not verdicts. */
export async function runBench(root: string) {
  const appDir = join(root, 'node_modules/.cache/bench-app');
  await build({ root, logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true } });
  const floorDir = await buildFloor(root);
  const step = stepsFor(situationOf(resolvePath(stepPath).snapshot.context.answers)!)[1]!;
  const staticDir = writeStaticBaseline(root, step.heading, step.instruction);

  const ours = firstScreenJs(appDir);
  const floor = firstScreenJs(floorDir);

  const app = await serve(root, appDir, 4301);
  const plain = await serve(root, staticDir, 4302);
  try {
    const start = await audit(`${app.url}/`);
    const stepPage = await audit(`${app.url}${stepPath}`);
    const baseline = await audit(`${plain.url}/`);
    const latency = await clickToNextScreen(`${app.url}${questionPath}`, 60);

    const rows: Array<[string, string, string]> = [
      ['First screen JS, gzip', kB(ours.gzip), `floor ${kB(floor.gzip)}, ratio ${(ours.gzip / floor.gzip).toFixed(2)}`],
      ['First screen JS, brotli', kB(ours.brotli), `floor ${kB(floor.brotli)}, ratio ${(ours.brotli / floor.brotli).toFixed(2)}`],
      ['Start page: perf / a11y / best practices / SEO', scores(start), 'Lighthouse mobile, simulated throttling'],
      ['Start page: FCP, LCP, TBT, CLS', `${ms(start.fcp)}, ${ms(start.lcp)}, ${ms(start.tbt)}, ${start.cls.toFixed(3)}`, ''],
      ['Step page: perf / a11y / best practices / SEO', scores(stepPage), stepPath],
      ['Step page: FCP, LCP, TBT, CLS', `${ms(stepPage.fcp)}, ${ms(stepPage.lcp)}, ${ms(stepPage.tbt)}, ${stepPage.cls.toFixed(3)}`, ''],
      ['Plain HTML step: FCP, LCP', `${ms(baseline.fcp)}, ${ms(baseline.lcp)}`, `ours / plain: FCP ${(stepPage.fcp / baseline.fcp).toFixed(2)}, LCP ${(stepPage.lcp / baseline.lcp).toFixed(2)}`],
      [`Continue to next heading painted (${latency.clicks} clicks)`, `median ${latency.median.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms`, `Chromium, ${questionPath}`],
    ];
    console.log('\n| measure | value | for scale |\n| --- | --- | --- |');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  } finally {
    await app.close();
    await plain.close();
  }
}
