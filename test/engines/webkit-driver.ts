import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, Capabilities, Key, type WebElement } from 'selenium-webdriver';
import { compactBrowserChrome } from './compact-browser-chrome';
import type { EngineDriver, Key as KeyName } from './engine-driver';
import { enginePaths } from './engine-paths';
import { findControl } from '../support/browser/page-queries';
import { startXvfb } from './xvfb';

const seleniumKeys: Record<KeyName, string> = { Tab: Key.TAB, ArrowDown: Key.ARROW_DOWN, Space: Key.SPACE, Enter: Key.ENTER };

async function waitUntilListening(url: string) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver never answered at ${url}`);
}

/** Debian's WebKitGTK MiniBrowser, driven by selenium-webdriver through WebKitWebDriver on a virtual display. */
export async function openWebKit(baseUrl: string, driverPort: number): Promise<EngineDriver> {
  const display = await startXvfb();
  const chrome = await compactBrowserChrome();
  const server = spawn(enginePaths.webkitDriver, [`--port=${driverPort}`], {
    env: { ...process.env, DISPLAY: display.display, XDG_CONFIG_HOME: chrome.configHome },
    stdio: 'ignore',
  });
  const stop = () => {
    server.kill();
    display.stop();
    return chrome.remove();
  };
  try {
    const serverUrl = `http://127.0.0.1:${driverPort}`;
    await waitUntilListening(`${serverUrl}/status`);
    const driver = await new Builder()
      .usingServer(serverUrl)
      .withCapabilities(
        new Capabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: enginePaths.miniBrowser, args: ['--automation'] },
        }),
      )
      .build();
    const evaluate: EngineDriver['evaluate'] = (script, ...args) => driver.executeScript(script, ...args);
    const viewportWidth = () => evaluate(() => window.innerWidth);

    return {
      goto: (path) => driver.get(new URL(path, baseUrl).href),
      click: async (control) => {
        const target = await driver.executeScript<WebElement | null>(findControl, control);
        await target?.click();
        return target !== null;
      },
      press: (key) => driver.actions().sendKeys(seleniumKeys[key]).perform(),
      type: (text) => driver.actions().sendKeys(text).perform(),
      back: () => driver.navigate().back(),
      forward: () => driver.navigate().forward(),
      reload: () => driver.navigate().refresh(),
      evaluate,
      runScript: async (source) => {
        await driver.executeScript(source);
      },
      // The window includes the browser's own bars: add their size, then wait, as GTK resizes later.
      resize: async (width, height) => {
        const bars = await evaluate(() => ({ width: outerWidth - innerWidth, height: outerHeight - innerHeight }));
        await driver.manage().window().setRect({ width: width + bars.width, height: height + bars.height });
        await driver.wait(async () => (await viewportWidth()) === width, 5_000, `The viewport never became ${width} px wide`);
      },
      screenshot: async (file) => {
        // WebKit paints asynchronously: let two frames pass so the picture shows the latest layout.
        await driver.executeAsyncScript((done: () => void) => requestAnimationFrame(() => requestAnimationFrame(done)));
        await writeFile(file, await driver.takeScreenshot(), 'base64');
      },
      close: async () => {
        await driver.quit().finally(stop);
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
