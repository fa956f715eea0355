import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface ScriptWeight {
  files: string[];
  bytes: number;
  gzip: number;
  brotli: number;
}

const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);

/** The scripts a built page names: its module script and preloads, as paths within the build. */
export function scriptsOf(distDir: string, page = 'index.html', base = '/'): string[] {
  const html = readFileSync(join(distDir, page), 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map(
    (match) => match[1]!.slice(base.length),
  );
  return [...new Set(sources)];
}

/** The JavaScript a built page loads before it can show its first screen: its module script and preloads. */
export function firstScreenJs(distDir: string, page = 'index.html', base = '/'): ScriptWeight {
  const files = scriptsOf(distDir, page, base);
  const contents = files.map((file) => readFileSync(join(distDir, file)));
  return {
    files,
    bytes: sum(contents.map((content) => content.length)),
    gzip: sum(contents.map((content) => gzipSync(content, { level: 9 }).length)),
    brotli: sum(
      contents.map(
        (content) => brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      ),
    ),
  };
}
