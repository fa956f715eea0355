import { expect, test, type Page } from '@playwright/test';
import { loadEveryPlaceSteps, signOutOf } from '../../src/content/places/place-steps';
import { copyLink, sourceLinks, stepScreen } from '../../src/content/screens';
import { mapSearch, printedPage, shareControls, shareMessage } from '../../src/content/sharing';
import { mapPage } from '../../src/content/site';
import { firstMatches } from '../../src/map/map-filter';
import { scriptHasTakenOver } from '../support/browser/page-queries';
import { screenAt } from '../support/walked-paths';
import { at } from '../support/addresses';

// What this works out counts the steps of every place.
await loadEveryPlaceSteps();

const step = at.identityCenterUser.bothOneStep3;

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForFunction(scriptHasTakenOver);
}

/** The message for the step above, sent from the site the tests serve. */
const stepMessage = (origin: string) =>
  [
    'For signing out of the AWS Management Console and the AWS access portal as an IAM Identity Center user:',
    `${screenAt(step).title} ${shareMessage.fromStep(3, 4)}`,
    `${origin}${step}`,
  ].join('\n');

/** In place of the browser's clipboard, before the page's script runs: one that keeps what it is given, or refuses. */
const replaceClipboard = (page: Page, refuse: boolean) =>
  page.addInitScript((refuses) => {
    const writeText = (text: string) => {
      if (refuses) return Promise.reject(new DOMException('Refused', 'NotAllowedError'));
      Object.assign(window, { copiedText: text });
      return Promise.resolve();
    };
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  }, refuse);

test.describe('a message with the link', () => {
  test('is copied with who it is for, where, the title and the full address, and said in the status', async ({ page, baseURL }) => {
    await replaceClipboard(page, false);
    await open(page, step);
    await page.getByRole('button', { name: shareControls.copyMessage }).click();
    await expect(page.getByRole('status').filter({ hasText: shareControls.messageCopied })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { copiedText: string }).copiedText)).toBe(stepMessage(baseURL!));
  });

  test('where the clipboard is refused, is shown selected in a read-only field', async ({ page, baseURL }) => {
    await replaceClipboard(page, true);
    await open(page, step);
    await page.getByRole('button', { name: shareControls.copyMessage }).click();
    const field = page.getByRole('textbox', { name: shareControls.messageManualLabel });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(stepMessage(baseURL!));
    await expect(field).toHaveAttribute('readonly');
    expect(await field.evaluate((element: HTMLTextAreaElement) => element.selectionEnd - element.selectionStart)).toBe(stepMessage(baseURL!).length);
  });
});

test.describe('the share sheet', () => {
  test('is not offered where the browser has none (Chromium on Linux)', async ({ page }) => {
    await open(page, step);
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await expect(page.getByRole('button', { name: copyLink.action })).toBeEnabled();
    await expect(page.getByRole('button', { name: shareControls.share })).toHaveCount(0);
  });

  test('where the browser has one, opens it with the title, the words and the address apart', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => Promise.resolve(Object.assign(window, { sharedData: data })).then(() => undefined),
        configurable: true,
      });
    });
    await open(page, step);
    await page.getByRole('button', { name: shareControls.share }).click();
    await expect(page.getByRole('status').filter({ hasText: shareControls.shared })).toBeVisible();
    const [purpose, title, url] = stepMessage(baseURL!).split('\n');
    expect(await page.evaluate(() => (window as unknown as { sharedData: ShareData }).sharedData)).toEqual({ title, text: `${purpose}\n${title}`, url });
  });
});

/** Presses Tab until the search box has focus, as a keyboard user moves through the page. */
async function tabToSearch(page: Page) {
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('searchbox', { name: mapSearch.label }).evaluate((box) => box === document.activeElement)) return;
  }
  throw new Error('Tab never reached the search box');
}

const mapLinks = (page: Page) => page.getByRole('navigation', { name: mapPage.listLabel }).getByRole('link');

test.describe('the map’s search', () => {
  test('narrows the map with the keyboard alone, says how many match, and Tab goes on into what is left', async ({ page }) => {
    await open(page, at.map);
    const all = await mapLinks(page).count();
    await tabToSearch(page);
    // A caller’s words, not the wizard’s: an Identity Center user who left a session open on a laptop.
    await page.keyboard.type('SSO laptop');
    const status = page.getByRole('status').filter({ hasText: /screens? match/ });
    await expect(status).toHaveText(/^\d+ screens match “SSO laptop”$/);
    const matching = Number((await status.textContent())!.split(' ')[0]);
    // The matches alone (the first ones, of many), one a line, each with its own button to copy it.
    await expect(mapLinks(page)).toHaveCount(Math.min(matching, firstMatches));
    expect(matching).toBeLessThan(all / 2);
    await expect(page.getByRole('button', { name: new RegExp(`^${mapSearch.copyMessage}`) })).toHaveCount(Math.min(matching, firstMatches));
    await expect(mapLinks(page).filter({ hasText: 'Choose “Security” in the access portal' }).first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(mapLinks(page).first()).toBeFocused();

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('zebra quokka');
    await expect(page.getByRole('status').filter({ hasText: 'No screen matches “zebra quokka”.' })).toBeVisible();
    await expect(mapLinks(page)).toHaveCount(0);
  });

  test('copies a screen as a message, or shows it to copy by hand', async ({ page, baseURL }) => {
    await replaceClipboard(page, true);
    await open(page, at.map);
    await page.getByRole('searchbox', { name: mapSearch.label }).fill('Builder ID user profile page');
    const path = at.builderId.profileStep2;
    const item = page.getByRole('listitem').filter({ has: page.locator(`a[href="${path}"]`) }).last();
    await item.getByRole('button', { name: `${mapSearch.copyMessage} ${mapSearch.copyMessageFor(screenAt(path).heading)}` }).click();
    const field = page.getByRole('textbox', { name: shareControls.messageManualLabel });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(
      ['For signing out of your AWS Builder ID profile as an AWS Builder ID user:', `${screenAt(path).title} ${shareMessage.fromStep(2, 2)}`, `${baseURL}${path}`].join('\n'),
    );
  });
});

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });

  test('the map shows every screen and no search box', async ({ page }) => {
    await page.goto(at.map);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mapPage.heading);
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('button', { name: new RegExp(`^${mapSearch.copyMessage}`) }).first()).toBeHidden();
    await expect(page.getByRole('navigation', { name: mapPage.listLabel }).getByRole('link').first()).toBeVisible();
    expect(await page.getByRole('navigation', { name: mapPage.listLabel }).getByRole('link').count()).toBeGreaterThan(200);
  });
});

test.describe('a printed step (Chromium’s print media)', () => {
  test('is the whole procedure as a checklist, how to know it worked, the full address and the day', async ({ page, baseURL }) => {
    await open(page, step);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    const printedFrom = page.getByText(printedPage.printedFrom(`${baseURL}${step}`, today));
    const howToKnow = page.getByRole('region', { name: printedPage.howToKnow });
    await expect(printedFrom).toBeHidden();
    await expect(howToKnow).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    await expect(printedFrom).toBeVisible();
    await expect(howToKnow).toBeVisible();
    const [console, portal] = (['console', 'access-portal'] as const).map((place) => signOutOf(place, { userType: 'identity-center-user', sessions: 'one' }));
    await expect(howToKnow).toContainText(`${console!.title}: ${console!.success.text}`);
    await expect(howToKnow).toContainText(`${portal!.title}: ${portal!.success.text}`);
    const checklist = page.getByRole('region', { name: stepScreen.allSteps }).getByRole('listitem');
    const steps = [...console!.steps, ...portal!.steps];
    await expect(checklist).toHaveCount(steps.length);
    for (const { heading, instruction } of steps) {
      await expect(checklist.filter({ hasText: heading })).toBeVisible();
      await expect(checklist.filter({ hasText: heading })).toContainText(instruction.replace(/[“”]/g, ''));
    }
    await expect(page.getByRole('button', { name: shareControls.copyMessage })).toBeHidden();
    await expect(page.getByRole('link', { name: stepScreen.next })).toBeHidden();
  });
  test('shows the current step once, the addresses of its sources, and what to do if it didn’t work', async ({ page }) => {
    await open(page, step);
    await page.emulateMedia({ media: 'print' });
    const current = screenAt(step);
    const portal = signOutOf('access-portal', { userType: 'identity-center-user', sessions: 'one' });
    const instruction = portal.steps[0]!.instruction.replace(/[“”`]/g, '');
    await expect(page.getByText(instruction, { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: current.heading })).toBeVisible();
    const stillSignedIn = page.getByRole('region', { name: printedPage.stillSignedIn });
    await expect(stillSignedIn).toBeVisible();
    await expect(stillSignedIn.getByRole('heading', { level: 3 }).first()).toBeVisible();
    const source = page.getByRole('region', { name: sourceLinks.heading }).getByRole('link').first();
    const printedAddress = await source.evaluate((link) => getComputedStyle(link, '::after').content);
    expect(printedAddress).toBe(`" (${await source.getAttribute('href')})"`);
  });

  test('of three steps fits on one sheet', async ({ page }) => {
    await open(page, at.iamUser.consoleAndCliOneStep1);
    const pdf = (await page.pdf({ format: 'A4', path: 'test-results/printed-three-steps.pdf' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });
});
