import { expect, inject, it } from 'vitest';
import { copyLink, stepScreen } from '../../src/content/screens';
import { screenAt } from '../support/walked-paths';
import type { WizardInBrowser } from './wizard-in-browser';
import { at } from '../support/addresses';

const fullAddress = (path: string) => new URL(path, inject('baseUrl')).href;

/** Copy link, with the engine's own clipboard, and with one that keeps what it is given or refuses it. */
export function copyLinkScenarios(page: () => WizardInBrowser) {
  it('Copy link copies the address, or shows it selected to copy by hand', async () => {
    const wizard = page();
    await wizard.open(at.builderId.profileStep2);
    await wizard.pressButton(copyLink.action);
    await expect
      .poll(async () => ((await wizard.statusTexts()).includes(copyLink.copied) ? 'copied' : await wizard.focusedSelection()))
      .toBeOneOf(['copied', { label: copyLink.manualLabel, value: fullAddress(at.builderId.profileStep2), allSelected: true }]);
  });

  it('a copied link is the screen’s full address, and opens the same screen', async () => {
    const wizard = page();
    await wizard.open(at.builderId.profileStep1);
    await wizard.followLink(stepScreen.next);
    const second = screenAt(at.builderId.profileStep2);
    await wizard.expectScreen(second.heading);
    await wizard.replaceClipboard(false);
    await wizard.pressButton(copyLink.action);
    await expect.poll(() => wizard.statusTexts()).toContain(copyLink.copied);
    const copied = await wizard.copiedText();
    expect(copied).toBe(fullAddress(second.path));

    await wizard.open(copied!);
    await wizard.expectScreen(second.heading);
  });

  it('where the clipboard is refused, the link is shown selected to copy by hand', async () => {
    const wizard = page();
    await wizard.open(at.iamUser.oneCheck);
    await wizard.replaceClipboard(true);
    await wizard.pressButton(copyLink.action);
    await expect
      .poll(() => wizard.focusedSelection())
      .toEqual({ label: copyLink.manualLabel, value: fullAddress(at.iamUser.oneCheck), allSelected: true });
  });
}
