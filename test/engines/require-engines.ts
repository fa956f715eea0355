import { existsSync } from 'node:fs';
import { enginePaths } from './engine-paths';

interface Requirement {
  what: string;
  path: string;
  variable: string;
  install: string;
}

const webkitInstall = 'apt-get install -y webkit2gtk-driver xvfb xauth';

const requirements: Requirement[] = [
  { what: 'Firefox', path: enginePaths.firefox, variable: 'FIREFOX_PATH', install: 'apt-get install -y firefox-esr' },
  { what: 'WebKitWebDriver', path: enginePaths.webkitDriver, variable: 'WEBKIT_DRIVER_PATH', install: webkitInstall },
  { what: 'MiniBrowser', path: enginePaths.miniBrowser, variable: 'MINIBROWSER_PATH', install: webkitInstall },
  { what: 'Xvfb', path: enginePaths.xvfb, variable: 'XVFB_PATH', install: webkitInstall },
];

/** Vitest global setup: stops the run at once, with one line saying how to install the first missing engine. */
export function setup() {
  const missing = requirements.find(({ path }) => !existsSync(path));
  if (!missing) return;
  console.error(`No ${missing.what} at ${missing.path}: install it with "${missing.install}", or set ${missing.variable}.`);
  process.exit(1);
}
