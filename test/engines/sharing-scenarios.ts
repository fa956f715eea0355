import { expect, inject, it } from 'vitest';
import { stepScreen } from '../../src/content/screens';
import { mapSearch, shareControls, shareMessage } from '../../src/content/sharing';
import { mapPage } from '../../src/content/site';
import { screenAt } from '../support/walked-paths';
import { engineAxeViolations } from '../support/browser/axe';
import type { WizardInBrowser } from './wizard-in-browser';
import { at } from '../support/addresses';

const step = at.builderId.profileStep2;

/** The message for the step above, sent from the served app. */
const stepMessage = () =>
  [
    'For signing out of your AWS Builder ID profile as an AWS Builder ID user:',
    `${screenAt(step).title} ${shareMessage.fromStep(2, 2)}`,
    new URL(step, inject('baseUrl')).href,
  ].join('\n');

/** The message to send beside the link, the share sheet where the engine has one, and the map's search. */
export function sharingScenarios(page: () => WizardInBrowser) {
  it('Copy a message copies it with the engine’s own clipboard, or shows it selected to copy by hand', async () => {
    const wizard = page();
    await wizard.open(step);
    await wizard.pressButton(shareControls.copyMessage);
    await expect
      .poll(async () => ((await wizard.statusTexts()).includes(shareControls.messageCopied) ? 'copied' : await wizard.focusedSelection()))
      .toBeOneOf(['copied', { label: shareControls.messageManualLabel, value: stepMessage(), allSelected: true }]);
  });

  it('a copied message says who it is for, where, the screen’s title and its full address', async () => {
    const wizard = page();
    await wizard.open(step);
    await wizard.replaceClipboard(false);
    await wizard.pressButton(shareControls.copyMessage);
    await expect.poll(() => wizard.statusTexts()).toContain(shareControls.messageCopied);
    expect(await wizard.copiedText()).toBe(stepMessage());
  });

  it('where the clipboard is refused, the message is shown selected to copy by hand', async () => {
    const wizard = page();
    await wizard.open(step);
    await wizard.replaceClipboard(true);
    await wizard.pressButton(shareControls.copyMessage);
    await expect
      .poll(() => wizard.focusedSelection())
      .toEqual({ label: shareControls.messageManualLabel, value: stepMessage(), allSelected: true });
  });

  it('the share control is there exactly where the engine has a share sheet', async () => {
    const wizard = page();
    await wizard.open(step);
    const shareButtons = await wizard.driver.evaluate(
      (name: string) => [...document.querySelectorAll('button')].filter((button) => button.textContent?.trim() === name).length,
      shareControls.share,
    );
    expect(shareButtons).toBe((await wizard.hasShareSheet()) ? 1 : 0);
  });

  it('where the page has a share sheet, the message goes to it as title, words and address', async () => {
    const wizard = page();
    await wizard.open(at.builderId.profileStep1);
    // No engine here has one of its own: one that keeps what it is given, in place before the next screen draws its controls.
    await wizard.driver.evaluate(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => Promise.resolve(Object.assign(window, { sharedData: data })).then(() => undefined),
        configurable: true,
      });
    });
    await wizard.followLink(stepScreen.next);
    await wizard.pressButton(shareControls.share);
    await expect.poll(() => wizard.statusTexts()).toContain(shareControls.shared);
    const [purpose, title, url] = stepMessage().split('\n');
    expect(await wizard.driver.evaluate(() => (window as unknown as { sharedData: ShareData }).sharedData)).toEqual({ title, text: `${purpose}\n${title}`, url });
  });

  it('the map narrows as a person types with the keyboard alone, says how many match, and axe finds nothing', async () => {
    const wizard = page();
    await wizard.open(at.map);
    const all = await wizard.mapLinkCount(mapPage.listLabel);
    await wizard.tabToField(mapSearch.label);
    // Narrow enough to match under half the screens, however many sets of places there are.
    await wizard.type('current session');
    await expect
      .poll(async () => (await wizard.statusTexts()).find((text) => text.endsWith(' screens match “current session”')))
      .toMatch(/^\d+ screens match “current session”$/);
    const shown = await wizard.mapLinkCount(mapPage.listLabel);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all / 2);
    expect(await engineAxeViolations(wizard.driver)).toEqual([]);
  });
}
