import { expect, it } from 'vitest';
import { questions } from '../../src/content/questions';
import { pageWords, stepScreen } from '../../src/content/screens';
import { linkNotice, skipLink, startScreen } from '../../src/content/site';
import { screenAt } from '../support/walked-paths';
import type { WizardInBrowser } from './wizard-in-browser';
import { answerLabel } from '../support/labels';
import { at } from '../support/addresses';

const { userType, whereToSignOut, places, sessions, whichSessions } = questions;

/** Addresses and history: deep links, Back and Forward, reload, broken links, links within the page. */
export function historyScenarios(page: () => WizardInBrowser) {
  it('a deep link to a step opens that step, with the answers that lead there', async () => {
    const wizard = page();
    const address = at.identityCenterUser.bothAllStep3;
    const step = screenAt(address);
    await wizard.open(address);
    await wizard.expectScreen(step.heading);
    expect(await wizard.headingText()).toContain(step.stepCaption);
    const answers = await wizard.regionText(pageWords.answersHeading);
    for (const label of [
      answerLabel('userType', 'identity-center-user'),
      answerLabel('places', 'console+access-portal'),
      answerLabel('whichSessions', 'all'),
    ]) {
      expect(answers).toContain(label);
    }
    expect(await wizard.title()).toBe(step.title);
  });

  it('Back, Forward and reload keep the place, without loading a page until the reload', async () => {
    const wizard = page();
    await wizard.open(at.start);
    await wizard.driver.evaluate(() => {
      Object.assign(window, { sameDocument: true });
    });
    await wizard.followLink(startScreen.action);
    await wizard.expectScreen(userType.text);
    await wizard.choose(answerLabel('userType', 'identity-center-user'));
    await wizard.expectScreen(whereToSignOut.text);
    await wizard.choose(answerLabel('whereToSignOut', 'this-browser'));
    await wizard.expectScreen(places.text);
    await wizard.tick([answerLabel('places', 'access-portal')]);
    const firstStep = screenAt(at.identityCenterUser.portalStep1);
    await wizard.expectScreen(firstStep.heading);
    await expect.poll(() => wizard.path()).toBe(firstStep.path);

    await wizard.back();
    await wizard.expectScreen(places.text);
    expect(await wizard.isChecked(answerLabel('places', 'access-portal'))).toBe(true);
    await expect.poll(() => wizard.title()).toBe(screenAt(at.identityCenterUser.places).title);
    await wizard.back();
    await wizard.expectScreen(whereToSignOut.text);
    expect(await wizard.isChecked(answerLabel('whereToSignOut', 'this-browser'))).toBe(true);
    await wizard.back();
    await wizard.expectScreen(userType.text);
    expect(await wizard.path()).toBe(at.userType);

    await wizard.forward();
    await wizard.expectScreen(whereToSignOut.text);
    expect(await wizard.path()).toBe(at.identityCenterUser.whereToSignOut);
    await wizard.expectFocusOnHeading();
    expect(await wizard.driver.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    await wizard.reload();
    await wizard.expectScreen(whereToSignOut.text);
    expect(await wizard.regionText(pageWords.answersHeading)).toContain(answerLabel('userType', 'identity-center-user'));
  });

  it('the wizard’s Back link and the browser’s Back go to the same screen', async () => {
    const wizard = page();
    await wizard.open(at.iamUser.sessions);
    await wizard.choose(answerLabel('sessions', 'several'));
    await wizard.expectScreen(whichSessions.text);
    await wizard.choose(answerLabel('whichSessions', 'current'));
    await expect.poll(() => wizard.path()).toBe(at.iamUser.currentStep1);
    await wizard.followLink(stepScreen.next);
    await expect.poll(() => wizard.path()).toBe(at.iamUser.currentStep2);

    await wizard.followLink(pageWords.back);
    await expect.poll(() => wizard.path()).toBe(at.iamUser.currentStep1);
    await wizard.back();
    await wizard.back();
    await expect.poll(() => wizard.path()).toBe(at.iamUser.currentStep1);
  });

  it('a broken link shows the notice and puts the canonical address in the location bar', async () => {
    const wizard = page();
    await wizard.open(at.broken.rootUserAtAccessPortal);
    await wizard.expectScreen(places.text);
    expect(await wizard.statusTexts()).toContain(linkNotice);
    expect(await wizard.path()).toBe(at.rootUser.places);
  });

  it('a link within the page (skip link, error summary) is not taken for a move through the wizard', async () => {
    const wizard = page();
    // The broken address is reached as Back and Forward reach one, within the page: Firefox, after a run
    // of scenarios, reloads on the skip link in a page that came with status 404 (seen only there).
    await wizard.open(at.rootUser.sessions);
    await wizard.driver.evaluate((broken: string) => {
      window.history.pushState(null, '', broken);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, at.broken.rootUserAtAccessPortal);
    await expect.poll(() => wizard.statusTexts()).toContain(linkNotice);
    await wizard.tabTo({ role: 'link', name: skipLink });
    await wizard.press('Enter');
    await wizard.waitForFragment();
    expect(await wizard.statusTexts()).toContain(linkNotice);

    await wizard.open(at.identityCenterUser.places);
    await wizard.pressButton(pageWords.continue);
    await expect.poll(() => wizard.text()).toContain(pageWords.errorSummaryHeading);
    await wizard.followLink(places.error);
    await wizard.waitForFragment();
    expect(await wizard.text()).toContain(pageWords.errorSummaryHeading);

    // Answers given after this screen are remembered, and must still be when a link within the page is followed.
    await wizard.open(at.iamUser.allStep1);
    await wizard.followLink(pageWords.back);
    await wizard.expectScreen(whichSessions.text);
    await wizard.followLink(pageWords.back);
    await wizard.expectScreen(sessions.text);
    await wizard.followInPageLink(skipLink);
    await wizard.waitForFragment();
    await wizard.choose(answerLabel('sessions', 'several'));
    await wizard.expectScreen(whichSessions.text);
    expect(await wizard.isChecked(answerLabel('whichSessions', 'all'))).toBe(true);
  });
}
