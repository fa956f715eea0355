import { mkdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { questions } from '../../src/content/questions';
import { pageWords, copyLink } from '../../src/content/screens';
import { linkNotice } from '../../src/content/site';
import { screenAt } from '../support/walked-paths';
import { engineAxeViolations } from '../support/browser/axe';
import type { WizardInBrowser } from './wizard-in-browser';
import { at } from '../support/addresses';

const screenshotDir = 'test-results/engines';
const stepWithMostLinks = at.iamUser.allStep2;

/**
 * What axe checks: the first page, and states a person brings about, each on a kind of screen (a
 * question, a step, a done screen). Chromium's sweeps check every kind of screen as it loads.
 */
const axeChecks: Array<{ on: string; path: string; bringAbout?: (wizard: WizardInBrowser) => Promise<void> }> = [
  { on: at.start, path: at.start },
  {
    on: 'the error summary',
    path: at.identityCenterUser.places,
    bringAbout: async (wizard) => {
      await wizard.pressButton(pageWords.continue);
      await expect.poll(() => wizard.text()).toContain(pageWords.errorSummaryHeading);
    },
  },
  {
    on: 'the broken-link notice',
    // A step that isn't there: the checklist's first step, with the notice.
    path: '/iam-user/this-browser/console/several/all/steps/9/',
    bringAbout: async (wizard) => {
      expect(await wizard.statusTexts()).toContain(linkNotice);
    },
  },
  {
    on: 'the copy-link fallback',
    path: at.iamUser.oneDone,
    bringAbout: async (wizard) => {
      await wizard.replaceClipboard(true);
      await wizard.pressButton(copyLink.action);
      await expect.poll(async () => (await wizard.focusedSelection())?.label).toBe(copyLink.manualLabel);
    },
  },
];

/** Focus, axe's WCAG checks and a phone-sized screen. */
export function accessibilityScenarios(page: () => WizardInBrowser, engine: string) {
  it('Tab reaches every link and button, and focus can always be seen', async () => {
    const wizard = page();
    await wizard.open(stepWithMostLinks);
    await wizard.expectScreen(screenAt(stepWithMostLinks).heading);
    const focusable = await wizard.countLinksAndButtons();
    expect(focusable).toBeGreaterThan(5);
    for (let presses = 0; presses < focusable; presses += 1) {
      await wizard.press('Tab');
      const outline = await wizard.focusedOutline();
      expect(outline).toMatchObject({ tag: expect.stringMatching(/^(A|BUTTON)$/), style: 'solid' });
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
  });

  it('a selected answer card shows focus while its radio has it', async () => {
    const wizard = page();
    await wizard.open(at.userType);
    await wizard.expectScreen(questions.userType.text);
    await wizard.tabTo((focused) => focused?.role === 'radio');
    await wizard.press('ArrowDown');
    const focused = await wizard.focusedControl();
    expect(focused?.role).toBe('radio');
    expect(await wizard.isChecked(focused!.name)).toBe(true);
    expect(await wizard.focusedCardOutline()).toBe('solid');
  });

  for (const { on, path, bringAbout } of axeChecks) {
    it(`axe finds no WCAG 2.2 AA violation on ${on}`, async () => {
      const wizard = page();
      await wizard.open(path);
      await expect.poll(() => wizard.headingText()).not.toBe('');
      await bringAbout?.(wizard);
      expect(await engineAxeViolations(wizard.driver)).toEqual([]);
    });
  }

  it('a step fits a 375 px wide screen (screenshot kept under test-results/engines/)', async () => {
    const wizard = page();
    await mkdir(screenshotDir, { recursive: true });
    await wizard.driver.resize(375, 812);
    try {
      await wizard.open(stepWithMostLinks);
      await wizard.expectScreen(screenAt(stepWithMostLinks).heading);
      expect(await wizard.driver.evaluate(() => window.innerWidth)).toBe(375);
      expect(await wizard.horizontalOverflow()).toBe(0);
      await wizard.driver.screenshot(`${screenshotDir}/${engine}-step-375.png`);
    } finally {
      await wizard.driver.resize(1280, 900);
    }
  });
}
