import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}: install it with "apt-get install -y chromium", or set CHROME_PATH.`);
  process.exit(1);
}

/** Flags for Debian's Chromium on a machine with no network beyond its own. */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The address bar's pop-ups are web pages the browser loads ahead in every window, headless or not:
  // their renderer and the browser's work for it were a third of Chromium's CPU in the tests.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
