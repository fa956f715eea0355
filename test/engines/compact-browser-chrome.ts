import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * MiniBrowser's toolbar keeps its window at least 447 px wide, too wide for a phone-sized viewport.
 * A GTK user stylesheet (it styles the browser's own widgets, never the web page) lets it shrink.
 * Returns the XDG_CONFIG_HOME to start the browser with, and how to remove it.
 */
export async function compactBrowserChrome() {
  const configHome = await mkdtemp(join(tmpdir(), 'engines-gtk-'));
  await mkdir(join(configHome, 'gtk-3.0'));
  await writeFile(join(configHome, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; padding: 0; margin: 0; }\n');
  return { configHome, remove: () => rm(configHome, { recursive: true, force: true }) };
}
