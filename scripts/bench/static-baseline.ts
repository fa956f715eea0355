import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml as escape } from '../static-pages.ts';

/**
 * The physical limit for a step page: the same words in plain HTML, with no script and no
 * stylesheet, served the same way.
 */
export function writeStaticBaseline(projectRoot: string, heading: string, text: string): string {
  const dir = join(projectRoot, 'node_modules/.cache/bench-static');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${escape(text)}"><title>${escape(heading)}</title></head><body><main><h1>${escape(heading)}</h1><p>${escape(text)}</p></main></body></html>`,
  );
  return dir;
}
