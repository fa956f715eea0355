import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { questions } from '../../src/content/questions';
import { startScreen } from '../../src/content/site';
import { brokenLinks } from '../support/broken-links';
import { startHookingProxy, type HookingProxy } from './hooking-proxy';
import { watchFrames, type FrameWatch } from '../support/browser/page-queries';
import type { WizardInBrowser } from './wizard-in-browser';

/** Older addresses (from before “here or elsewhere”), each of a kind of screen; every address is watched in Chromium (no-blank-frame.spec.ts). */
const olderAddresses = ['/root-user/console/sessions/', '/iam-user/console/several/all/steps/2/', '/builder-id/builder-id-profile/check/'];

/** A sample of what no-blank-frame.spec.ts watches in Chromium: no frame without the screen's heading as the script takes over. */
export function frameScenarios(page: () => WizardInBrowser, engine: string) {
  let proxy: HookingProxy | undefined;
  beforeAll(async () => {
    proxy = await startHookingProxy(inject('baseUrl'), { initScript: `(${watchFrames.toString()})();` });
  });
  afterAll(() => proxy?.close());

  it('older addresses, broken links and the first “Start now” show no frame without the screen’s heading', async () => {
    const wizard = page();
    const seen: Array<FrameWatch & { on: string }> = [];
    for (const address of [...olderAddresses, ...brokenLinks]) {
      await wizard.open(proxy!.url(address));
      seen.push({ on: address, ...(await wizard.frameWatch()) });
    }
    await wizard.open(proxy!.url('/'));
    await wizard.followLink(startScreen.action);
    await wizard.expectScreen(questions.userType.text);
    seen.push({ on: startScreen.action, ...(await wizard.frameWatch()) });
    const longest = Math.max(...seen.map(({ longestBlank }) => longestBlank));
    console.log(`${engine}: longest blank ${longest} ms over ${seen.map(({ on }) => on).join(', ')}`);
    expect(seen.filter(({ blankFrames }) => blankFrames > 0)).toEqual([]);
  });
}
