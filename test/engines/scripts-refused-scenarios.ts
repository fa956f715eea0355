import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { testBuilds } from '../../scripts/build-site';
import type { Move } from '../support/person-moves';
import { pathTo } from '../support/walked-paths';
import { startHookingProxy, type HookingProxy } from './hooking-proxy';
import type { WizardInBrowser } from './wizard-in-browser';

/** The page's own first script, which loads every other one later. */
const firstScript = /<script type="module"[^>]*\bsrc="([^"]+)"/.exec(readFileSync(join(testBuilds.root.outDir, 'index.html'), 'utf8'))![1]!;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ticks two boxes at “Where are you signed in?”, picks radios and follows links. */
const path = pathTo('/identity-center-user/this-browser/console+access-portal/several/all/done/');

/** JavaScript on, the page's scripts not arriving: the walk to the end with only what the page shows. */
export function scriptsRefusedScenarios(page: () => WizardInBrowser) {
  const proxies: Partial<Record<'every script' | 'the lazily loaded chunks', HookingProxy>> = {};
  beforeAll(async () => {
    proxies['every script'] = await startHookingProxy(inject('baseUrl'), { refuse: /\.js$/ });
    proxies['the lazily loaded chunks'] = await startHookingProxy(inject('baseUrl'), { refuse: new RegExp(`^(?!${escaped(firstScript)}$).*\\.js$`) });
  });
  afterAll(() => Promise.all(Object.values(proxies).map((proxy) => proxy.close())));

  const ways: Array<{ refused: keyof typeof proxies; how: string; make: (wizard: WizardInBrowser, move: Move) => Promise<void> }> = [
    { refused: 'every script', how: 'with the forms as shown', make: (wizard, move) => wizard.make(move) },
    { refused: 'the lazily loaded chunks', how: 'by the links shown instead of the forms', make: (wizard, move) => wizard.followLink(move.label) },
  ];
  for (const { refused, how, make } of ways) {
    it(`with ${refused} refused, a person walks ${path.name} ${how}, to “${path.moves.at(-1)!.screen.heading}”`, async () => {
      const wizard = page();
      await wizard.goto(proxies[refused]!.url('/'));
      for (const { move, screen } of path.moves) {
        await make(wizard, move);
        await expect.poll(() => wizard.path()).toBe(screen.path);
        await wizard.expectScreen(screen.heading);
      }
    });
  }
}
