import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** Mozilla's HTTP Observatory scanner (@mdn/mdn-http-observatory), as installed. */
const scanner = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));

export interface ObservatoryTest {
  pass: boolean;
  result: string;
  scoreModifier: number;
}

export interface ObservatoryScan {
  grade: string;
  score: number;
  testsPassed: number;
  testsQuantity: number;
  tests: Record<string, ObservatoryTest>;
}

/**
 * The scanner reads Chromium's HSTS preload list from its conf/ folder, which its postinstall downloads:
 * denied here (package.json's allowScripts), as it needs the internet. An empty list says what is true
 * of a server on this machine: no name of it is preloaded.
 */
function providePreloadList() {
  try {
    writeFileSync(join(scanner, 'conf', 'hsts-preload.json'), '{}\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Scans `host` (a name and port, say "127.0.0.1:8443") as the Observatory does: http:// and https:// on
 * that one port, so plain HTTP to the TLS port must redirect (nginx's 497). `certificate` is trusted
 * (NODE_EXTRA_CA_CERTS, read only when a process starts, so the scan runs in one of its own: the
 * package's bin sets that variable to a CA bundle of its own, so its script is run directly).
 */
export async function observatoryScan(host: string, certificate: string): Promise<ObservatoryScan> {
  providePreloadList();
  const { stdout } = await promisify(execFile)(process.execPath, [join(scanner, 'src', 'scan.js'), host], {
    env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate },
    timeout: 60_000,
  });
  const output = JSON.parse(stdout) as { error?: string; scan: ObservatoryScan; tests: ObservatoryScan['tests'] };
  if (output.error) throw new Error(`The Observatory could not scan ${host}: ${output.error}`);
  const { grade, score, testsPassed, testsQuantity } = output.scan;
  return { grade, score, testsPassed, testsQuantity, tests: output.tests };
}

/** The grade, the score and each test's result, one a line. */
export const describeScan = (scan: ObservatoryScan) =>
  [
    `Mozilla HTTP Observatory: ${scan.grade} (score ${scan.score}), ${scan.testsPassed} of ${scan.testsQuantity} tests passed`,
    ...Object.entries(scan.tests).map(
      ([name, test]) => `  ${test.pass ? 'pass' : 'FAIL'} ${name}: ${test.result} (${test.scoreModifier >= 0 ? '+' : ''}${test.scoreModifier})`,
    ),
  ].join('\n');
