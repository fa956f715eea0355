import { chromium } from 'playwright';
import { chromeFlags, chromePath } from '../chrome.ts';

export interface Latency {
  clicks: number;
  median: number;
  p95: number;
}

const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;

/**
 * Time from clicking Continue to the next screen's heading being painted, in the page's own clock:
 * the click is dispatched, the new <h1> is awaited, then two animation frames mark the paint.
 */
export async function clickToNextScreen(url: string, clicks: number): Promise<Latency> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Copy link to this step' }).waitFor();
    const samples: number[] = [];
    for (let click = 0; click < clicks; click += 1) {
      await page.getByRole('radio').first().check();
      samples.push(
        await page.evaluate(
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
        ),
      );
      await page.goBack();
      await page.getByRole('radio').first().waitFor();
    }
    const sorted = samples.toSorted((a, b) => a - b);
    return { clicks, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  } finally {
    await browser.close();
  }
}
