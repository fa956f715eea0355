import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathOf, resolvePath } from '../../src/address/address';
import { reachableScreens, screenKey } from '../../src/flow/reachable';

const screens = reachableScreens();
const reachable = new Set(screens.map(screenKey));
const validPaths = screens.map((snapshot) => pathOf(snapshot));

// Every segment some address uses: answers, question and screen names, step numbers.
const knownWords = [...new Set(validPaths.flatMap((path) => path.split('/')).filter(Boolean)), '0', '99', 'index.html'];
const markup = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '%3Cscript%3E', 'javascript:alert(1)'];
const oddEncodings = ['%', '%zz', '%E0%A4%A', '%2F', '%00', '..', '.', '\\', '%252F', ' ', '\u202e', '🙂', 'ı', 'İAM-USER'];

const segment = fc.oneof(
  fc.constantFrom(...knownWords),
  fc.constantFrom(...markup, ...oddEncodings),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const randomPath = fc.array(segment, { maxLength: 12 }).map((segments) => `/${segments.join('/')}`);
const mutatedPath = fc
  .tuple(fc.constantFrom(...validPaths), fc.nat(), segment, fc.constantFrom('insert', 'replace', 'delete', 'truncate'))
  .map(([path, at, extra, how]) => {
    const parts = path.split('/').filter(Boolean);
    const index = parts.length === 0 ? 0 : at % parts.length;
    if (how === 'insert') parts.splice(index, 0, extra);
    if (how === 'replace') parts[index] = extra;
    if (how === 'delete') parts.splice(index, 1);
    if (how === 'truncate') parts.length = index;
    return `/${parts.join('/')}/`;
  });
const longPath = fc.integer({ min: 100, max: 5000 }).map((length) => `/iam-user${'/console'.repeat(length)}`);
const anyAddress = fc.oneof({ weight: 4, arbitrary: randomPath }, { weight: 4, arbitrary: mutatedPath }, { weight: 1, arbitrary: longPath });

describe('any address at all', () => {
  it('never throws, always opens a reachable screen, and its canonical address is stable', () => {
    fc.assert(
      fc.property(anyAddress, (path) => {
        const opened = resolvePath(path);
        expect(reachable.has(screenKey(opened.snapshot))).toBe(true);
        const canonical = pathOf(opened.snapshot);
        const reopened = resolvePath(canonical);
        expect(reopened.recognised).toBe(true);
        expect(pathOf(reopened.snapshot)).toBe(canonical);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
