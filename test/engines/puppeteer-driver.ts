import { launch, type ElementHandle, type EvaluateFunc, type KeyInput, type LaunchOptions } from 'puppeteer-core';
import type { EngineDriver, Key } from './engine-driver';
import { enginePaths } from './engine-paths';
import { findControl } from '../support/browser/page-queries';

// By the key's value, which WebDriver BiDi needs.
const puppeteerKeys: Record<Key, KeyInput> = { Tab: 'Tab', ArrowDown: 'ArrowDown', Space: ' ', Enter: 'Enter' };

async function openWithPuppeteer(options: LaunchOptions, baseUrl: string): Promise<EngineDriver> {
  const browser = await launch({ ...options, headless: true, defaultViewport: { width: 1280, height: 900 } });
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
    press: (key) => page.keyboard.press(puppeteerKeys[key]),
    type: (text) => page.keyboard.type(text),
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

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export const openFirefox = (baseUrl: string) => openWithPuppeteer({ browser: 'firefox', executablePath: enginePaths.firefox }, baseUrl);

