import { launch, type ElementHandle, type EvaluateFunc } from 'puppeteer-core';
import type { EngineDriver } from './engine-driver';
import { enginePaths } from './engine-paths';
import { findControl } from './page-queries';

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export async function openFirefox(baseUrl: string): Promise<EngineDriver> {
  const browser = await launch({
    browser: 'firefox',
    executablePath: enginePaths.firefox,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
  });
  const page = await browser.newPage();

  return {
    goto: async (path) => {
      await page.goto(new URL(path, baseUrl).href);
    },
    click: async (control) => {
      const target = (await page.evaluateHandle(findControl, control)).asElement() as ElementHandle<Element> | null;
      await target?.click();
      return target !== null;
    },
    press: (key) => page.keyboard.press(key),
    back: async () => {
      await page.goBack();
    },
    forward: async () => {
      await page.goForward();
    },
    reload: async () => {
      await page.reload();
    },
    // The scenarios pass plain values only, never handles, so the arguments arrive in the page as they are.
    evaluate: <Result, Args extends unknown[]>(script: (...args: Args) => Result | Promise<Result>, ...args: Args) =>
      page.evaluate(script as unknown as EvaluateFunc<Args>, ...args) as Promise<Result>,
    runScript: async (source) => {
      await page.evaluate(source);
    },
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => browser.close(),
  };
}
