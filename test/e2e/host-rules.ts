import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface HeaderRule {
  pattern: RegExp;
  lines: string[];
}

const meaningful = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
const patternOf = (path: string) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

function headerRules(outDir: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of meaningful(readFileSync(join(outDir, '_headers'), 'utf8'))) {
    if (line.startsWith('/')) rules.push({ pattern: patternOf(line), lines: [] });
    else rules.at(-1)!.lines.push(line.trim());
  }
  return rules;
}

/**
 * The headers a host sends for `path` by the build's `_headers`, as each host documents its reading:
 * Cloudflare Pages joins a header's values from every matching rule unless "! Name" drops them;
 * Netlify takes a header's value from the last matching rule and skips lines it cannot read.
 */
export function headersByHost(outDir: string, path: string): Record<'cloudflare' | 'netlify', Record<string, string>> {
  const cloudflare: Record<string, string> = {};
  const netlify: Record<string, string> = {};
  for (const { lines } of headerRules(outDir).filter(({ pattern }) => pattern.test(path))) {
    for (const line of lines) {
      const detached = /^!\s*(.+)$/.exec(line)?.[1];
      if (detached) {
        delete cloudflare[detached.toLowerCase()];
        continue;
      }
      const [name, value] = [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()];
      cloudflare[name] = name in cloudflare ? `${cloudflare[name]}, ${value}` : value;
      netlify[name] = value;
    }
  }
  return { cloudflare, netlify };
}

/** The build's `_redirects`, rule by rule: a rule of four fields matches a query too (Netlify's reading). */
export function redirectRules(outDir: string): { from: string; query?: string; to: string; status: number }[] {
  return meaningful(readFileSync(join(outDir, '_redirects'), 'utf8')).map((line) => {
    const fields = line.split(/\s+/);
    const [from = '', query, to = '', status = ''] = fields.length === 4 ? fields : [fields[0], undefined, ...fields.slice(1)];
    return { from, ...(query && { query }), to, status: Number.parseInt(status, 10) };
  });
}
