import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The page with its scripts and their preloads taken out: the same HTML and styles, nothing to run. */
export function withoutScripts(html: string): string {
  return html.replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
}

/**
 * Writes the built page at `path` without its scripts beside the app, under /plain/, so the same
 * server sends it: the physical limit for that page's first paint. Returns its address.
 */
export function writePlainCopy(appDir: string, path: string): string {
  const plainPath = `/plain${path}`;
  const file = join(appDir, plainPath, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, withoutScripts(readFileSync(join(appDir, path, 'index.html'), 'utf8')));
  return plainPath;
}
