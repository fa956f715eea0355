import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from '../chrome.ts';
import { median } from './median.ts';

export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/**
 * `simulate` is Lighthouse's default: the page loads at full speed and Lantern estimates a slow phone's
 * timings from the requests and tasks it saw. `devtools` really slows the network and CPU as it loads.
 */
export type Throttling = 'simulate' | 'devtools';

/** One Lighthouse mobile run. Times in milliseconds. */
async function auditOnce(url: string, throttlingMethod: Throttling): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

/** Each figure's median over `runs` runs: single runs vary, the first most of all. */
export async function audit(url: string, throttlingMethod: Throttling, runs: number): Promise<LighthouseResult> {
  const results: LighthouseResult[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await auditOnce(url, throttlingMethod));
  const each = (figure: keyof LighthouseResult) => median(results.map((result) => result[figure]));
  return {
    performance: each('performance'),
    accessibility: each('accessibility'),
    bestPractices: each('bestPractices'),
    seo: each('seo'),
    fcp: each('fcp'),
    lcp: each('lcp'),
    tbt: each('tbt'),
    cls: each('cls'),
  };
}
