import { expect, it } from 'vitest';
import type { Move } from '../support/person-moves';
import { coveringEveryKind, placePaths } from '../support/walked-paths';
import type { WizardInBrowser } from './wizard-in-browser';
import { at } from '../support/addresses';

// With the keyboard alone, Firefox and WebKit walk the fewest paths that show every kind of screen and
// every question; by clicking, an Identity Center user signed in to the console, the portal and the AWS
// CLI. The other ways of being signed in differ in words and screens, not in the controls an engine
// handles: jsdom walks every complete path, and Chromium moves on from a sample of every kind of screen
// (test/e2e/sweeps.spec.ts).
const byKeyboard = coveringEveryKind(placePaths);
const byClicking = placePaths.filter((path) => path.place === 'console+access-portal+editor+cli');
const ways: Array<{ way: string; paths: typeof placePaths; make: (wizard: WizardInBrowser, move: Move) => Promise<void> }> = [
  { way: 'by clicking', paths: byClicking, make: (wizard, move) => wizard.make(move) },
  { way: 'with the keyboard alone', paths: byKeyboard, make: (wizard, move) => wizard.makeWithKeyboard(move) },
];

/** Walks from the start page to the end, checking each screen's heading, focus, address, title and step caption. */
export function walkScenarios(page: () => WizardInBrowser) {
  for (const { way, paths, make } of ways) {
    for (const { name, moves } of paths) {
      it(`walks ${name} from the start to “${moves.at(-1)?.screen.heading}” ${way}`, async () => {
        const wizard = page();
        await wizard.open(at.start);
        for (const { move, screen } of moves) {
          await make(wizard, move);
          await wizard.expectScreen(screen.heading);
          await wizard.expectFocusOnHeading();
          await expect.poll(() => wizard.path()).toBe(screen.path);
          await expect.poll(() => wizard.title()).toBe(screen.title);
          expect(await wizard.headingText()).toContain(screen.stepCaption ?? '');
        }
      });
    }
  }
}
