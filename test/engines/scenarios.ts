import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { portalPaths } from '../support/portal-paths';
import { axeViolations } from './axe';
import type { EngineDriver } from './engine-driver';
import { WizardPage } from './wizard-page';

const screenshotDir = 'test-results/engines';

/**
 * Every cross-engine scenario, defined once. Each engine's test file calls this with a way to open
 * that engine at the served app; the scenarios share one browser, each starting from a fresh load.
 */
export function defineScenarios(engine: string, open: (baseUrl: string) => Promise<EngineDriver>) {
  let wizard: WizardPage;
  beforeAll(async () => {
    wizard = new WizardPage(await open(inject('baseUrl')));
  });
  afterAll(() => wizard?.driver.close());

  // A step's heading starts with its caption ("Step 2 of 4 · …: "), so the heading is what it ends with.
  const expectScreen = async (heading: string) => {
    await expect.poll(async () => (await wizard.headingText()).endsWith(heading)).toBe(true);
  };
  const expectFocusOnHeading = async () => {
    await expect.poll(() => wizard.isHeadingFocused(), { message: 'focus on the new <h1>' }).toBe(true);
  };

  for (const { portal, answers, steps, end } of portalPaths) {
    it(`signs out of ${portal} from start to done by clicking`, async () => {
      await wizard.goto('/');
      await wizard.followLink('Start now');
      await expectScreen('What kind of AWS user are you?');
      await expectFocusOnHeading();
      for (const answer of answers) {
        const question = await wizard.headingText();
        await wizard.choose(answer);
        await expect.poll(() => wizard.headingText()).not.toBe(question);
        await expectFocusOnHeading();
      }
      for (let step = 1; step <= steps; step += 1) {
        expect(await wizard.text()).toContain(`Step ${step} of ${steps}`);
        await wizard.followLink(step === steps ? 'I’ve done this step' : 'Next step');
        await expect.poll(() => wizard.text()).not.toContain(`Step ${step} of ${steps}`);
        await expectFocusOnHeading();
      }
      await expectScreen('Check that it worked');
      await wizard.choose('Yes, I’m signed out');
      await expectScreen('You’re signed out');
      await expectFocusOnHeading();
      expect(await wizard.path()).toBe(end);
      expect(await wizard.title()).toBe('You’re signed out – Sign out of AWS');
    });
  }

  it('Tab reaches every link and button, and focus can always be seen', async () => {
    await wizard.goto('/iam-user/console/several/all/steps/2/');
    await expectScreen('Choose “Sign out of all sessions” in the console');
    const focusable = await wizard.countLinksAndButtons();
    expect(focusable).toBeGreaterThan(5);
    for (let presses = 0; presses < focusable; presses += 1) {
      await wizard.press('Tab');
      const outline = await wizard.focusedOutline();
      expect(outline).toMatchObject({ tag: expect.stringMatching(/^(A|BUTTON)$/), style: 'solid' });
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
  });

  it('a deep link to a step opens that step, with the answers that lead there', async () => {
    await wizard.goto('/identity-center-user/console-and-access-portal/several/all/steps/3/');
    await expectScreen('Choose your user name in the access portal');
    expect(await wizard.text()).toContain('Step 3 of 4');
    const answers = await wizard.regionText('Your answers');
    expect(answers).toContain('IAM Identity Center user');
    expect(answers).toContain('Both: the access portal and a console I opened from it');
    expect(answers).toContain('All of them');
    expect(await wizard.title()).toBe('Choose your user name in the access portal – Sign out of AWS');
  });

  it('Back, Forward and reload keep the place, without loading a page until the reload', async () => {
    await wizard.goto('/');
    await wizard.driver.evaluate(() => {
      Object.assign(window, { sameDocument: true });
    });
    await wizard.followLink('Start now');
    await expectScreen('What kind of AWS user are you?');
    await wizard.choose('IAM Identity Center user');
    await expectScreen('Where are you signed in?');
    await wizard.choose('AWS access portal');
    await expectScreen('Choose your user name in the access portal');
    expect(await wizard.path()).toBe('/identity-center-user/access-portal/steps/1/');

    await wizard.back();
    await expectScreen('Where are you signed in?');
    expect(await wizard.isChecked('AWS access portal')).toBe(true);
    expect(await wizard.title()).toBe('Where are you signed in? – Sign out of AWS');
    await wizard.back();
    await expectScreen('What kind of AWS user are you?');
    expect(await wizard.path()).toBe('/user-type/');

    await wizard.forward();
    await expectScreen('Where are you signed in?');
    expect(await wizard.path()).toBe('/identity-center-user/portal/');
    await expectFocusOnHeading();
    expect(await wizard.driver.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    await wizard.reload();
    await expectScreen('Where are you signed in?');
    expect(await wizard.regionText('Your answers')).toContain('IAM Identity Center user');
  });

  it('the wizard’s Back link and the browser’s Back go to the same screen', async () => {
    await wizard.goto('/iam-user/console/sessions/');
    await wizard.choose('Several (multi-session)');
    await expectScreen('Which identities do you want to sign out?');
    await wizard.choose('Only the current one');
    await expect.poll(() => wizard.path()).toBe('/iam-user/console/several/current/steps/1/');
    await wizard.followLink('Next step');
    await expect.poll(() => wizard.path()).toBe('/iam-user/console/several/current/steps/2/');

    await wizard.followLink('Back');
    await expect.poll(() => wizard.path()).toBe('/iam-user/console/several/current/steps/1/');
    await wizard.back();
    await wizard.back();
    await expect.poll(() => wizard.path()).toBe('/iam-user/console/several/current/steps/1/');
  });

  it('a broken link shows the notice and puts the canonical address in the location bar', async () => {
    await wizard.goto('/root-user/access-portal/steps/1/');
    await expectScreen('How many identities are signed in to the console in this browser?');
    expect((await wizard.statusTexts()).join(' ')).toContain('We didn’t recognise all of that link');
    expect(await wizard.path()).toBe('/root-user/console/sessions/');
  });

  it('Copy link copies the address, or shows it selected to copy by hand', async () => {
    await wizard.goto('/builder-id/builder-id-profile/steps/2/');
    await wizard.pressButton('Copy link to this step');
    const address = new URL('/builder-id/builder-id-profile/steps/2/', inject('baseUrl')).href;
    await expect
      .poll(async () => ((await wizard.statusTexts()).includes('Link copied') ? 'copied' : await wizard.focusedSelection()))
      .toBeOneOf(['copied', { value: address, allSelected: true }]);
  });

  for (const path of ['/', '/user-type/', '/iam-user/console/several/all/steps/2/', '/iam-user/console/one/done/']) {
    it(`axe finds no WCAG 2.2 AA violation on ${path}`, async () => {
      await wizard.goto(path);
      await expect.poll(() => wizard.headingText()).not.toBe('');
      expect(await axeViolations(wizard.driver)).toEqual([]);
    });
  }

  it('a step fits a 375 px wide screen (screenshot kept under test-results/engines/)', async () => {
    await mkdir(screenshotDir, { recursive: true });
    await wizard.driver.resize(375, 812);
    try {
      await wizard.goto('/iam-user/console/several/all/steps/2/');
      await expectScreen('Choose “Sign out of all sessions” in the console');
      expect(await wizard.driver.evaluate(() => window.innerWidth)).toBe(375);
      expect(await wizard.horizontalOverflow()).toBe(0);
      await wizard.driver.screenshot(`${screenshotDir}/${engine}-step-375.png`);
    } finally {
      await wizard.driver.resize(1280, 900);
    }
  });
}
