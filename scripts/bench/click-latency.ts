import { chromium, type Page } from 'playwright';
import { chromeFlags, chromePath } from '../chrome.ts';
import { installFloor, type FloorKind } from './click-floor.ts';
import { median, percentile } from './median.ts';

export interface Latency {
  clicks: number;
  screens: number;
  median: number;
  p95: number;
}

export function summarise(samples: readonly number[], screens: number): Latency {
  return { clicks: samples.length, screens, median: median(samples), p95: percentile(samples, 0.95) };
}

/**
 * One Continue, timed in the page's own clock: the click is dispatched, the new <h1> is awaited, then
 * two animation frames mark the paint.
 */
function timeContinue(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const before = document.querySelector('h1')?.textContent;
        const start = performance.now();
        const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent === before) return;
          observer.disconnect();
          painted();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        document.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      }),
  );
}

/** Waits until the page's script has taken over: the copy button is enabled only then. */
/** A question's first answer: a radio, or on "Where are you signed in?" a box to tick. */
const firstAnswer = (page: Page) => page.locator('main input[type="radio"], main input[type="checkbox"]').first();

const scriptTakesOver = (page: Page) =>
  page.waitForFunction(() => {
    const copy = document.querySelector<HTMLButtonElement>('.copy-link button');
    return copy !== null && !copy.disabled;
  });

/**
 * Time from clicking Continue to the next screen's heading being painted, on each question screen
 * in turn (opened by its address, then Continue and Back `clicksEach` times), with the CPU slowed
 * `cpuSlowdown` times as DevTools does. With `floor`, the same pages without their scripts answer
 * Continue as that floor does (see click-floor.ts), opened again for each click.
 */
export async function clickToNextScreen(origin: string, questionPaths: readonly string[], clicksEach: number, cpuSlowdown = 1, floor?: FloorKind): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    const page = await browser.newPage();
    if (floor) await page.route(/\.js$/, (route) => route.abort());
    const devtools = await page.context().newCDPSession(page);
    const samples: number[] = [];
    const open = async (path: string) => {
      await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(`${origin}${path}`);
      if (floor) await installFloor(page, floor);
      else await scriptTakesOver(page);
      await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    };
    for (const path of questionPaths) {
      if (!floor) await open(path);
      for (let click = 0; click < clicksEach; click += 1) {
        if (floor) await open(path);
        await firstAnswer(page).check();
        samples.push(await timeContinue(page));
        if (floor) continue;
        // Back only once the next screen's address is in the history, or it would leave the site.
        await page.waitForURL((url) => url.pathname !== path);
        await page.goBack();
        await page.waitForURL((url) => url.pathname === path);
        await firstAnswer(page).waitFor();
      }
    }
    return samples;
  } finally {
    await browser.close();
  }
}
