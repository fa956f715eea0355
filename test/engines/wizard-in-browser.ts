import { vi } from 'vitest';
import { pageWords } from '../../src/content/screens';
import type { Move } from '../support/person-moves';
import type { Control, EngineDriver, Key } from './engine-driver';
import {
  checkboxLabels,
  copiedText,
  countLinksAndButtons,
  currentPath,
  focusedCardOutline,
  focusedControl,
  focusedOutline,
  focusedSelection,
  focusedFieldLabel,
  followInPageLink,
  frameWatch,
  hasShareSheet,
  headingText,
  horizontalOverflow,
  isHeadingFocused,
  isLabelledChecked,
  mapLinkCount,
  pageText,
  regionText,
  replaceClipboard,
  scriptHasTakenOver,
  statusTexts,
} from '../support/browser/page-queries';

/** Waits, as expect.poll does (and as long: vitest.engines.config.ts), until the check finds nothing wrong; fails with what it found last. */
async function waitUntil(problem: () => Promise<string | undefined>) {
  await vi.waitFor(async () => {
    const found = await problem();
    if (found) throw new Error(found);
  }, { timeout: 10_000 });
}

const isSameControl = (a: Control | null, b: Control) => a?.role === b.role && a.name === b.name;

/** What the scenarios ask of the wizard, the same in every engine, on top of that engine's driver. */
export class WizardInBrowser {
  constructor(readonly driver: EngineDriver) {}

  goto = (path: string) => this.driver.goto(path);
  press = (key: Key) => this.driver.press(key);
  back = () => this.driver.back();
  forward = () => this.driver.forward();
  reload = () => this.driver.reload();

  /** Opens an address and waits until the page's script has taken over, as a person would not notice. */
  async open(path: string) {
    await this.goto(path);
    await waitUntil(async () => ((await this.driver.evaluate(scriptHasTakenOver)) ? undefined : `The script never took over ${path}`));
  }

  /** Waits for the screen with this heading; a step's heading starts with its caption, so it is what the heading ends with. */
  expectScreen = (heading: string) =>
    waitUntil(async () => {
      const shown = await this.headingText();
      return shown.endsWith(heading) ? undefined : `Expected the screen “${heading}”, not “${shown}”`;
    });

  expectFocusOnHeading = () => waitUntil(async () => ((await this.isHeadingFocused()) ? undefined : 'Focus never moved to the new <h1>'));

  /** Clicks the control once it is there, as a person waits for the page to show what they look for. */
  click = (control: Control) =>
    waitUntil(async () => ((await this.driver.click(control)) ? undefined : `No ${control.role} named “${control.name}”`));

  followLink = (name: string) => this.click({ role: 'link', name });
  pressButton = (name: string) => this.click({ role: 'button', name });

  /** Picks an answer by its label and continues. */
  async choose(label: string) {
    await this.click({ role: 'radio', name: label });
    await this.pressButton(pageWords.continue);
  }

  /** Ticks exactly these boxes, by label, and continues. */
  async tick(labels: readonly string[]) {
    for (const box of await this.driver.evaluate(checkboxLabels)) {
      if ((await this.isChecked(box)) !== labels.includes(box)) await this.click({ role: 'checkbox', name: box });
    }
    await this.pressButton(pageWords.continue);
  }

  make = (move: Move) => (move.ticks ? this.tick(move.ticks) : move.kind === 'choose' ? this.choose(move.label) : this.followLink(move.label));

  /** Presses Tab until the control has focus, as a keyboard user moves through the page. */
  async tabTo(control: Control | ((focused: Control | null) => boolean), limit = 40) {
    const reached = typeof control === 'function' ? control : (focused: Control | null) => isSameControl(focused, control);
    for (let presses = 0; presses < limit; presses += 1) {
      await this.press('Tab');
      if (reached(await this.focusedControl())) return;
    }
    throw new Error(`Tab never reached ${JSON.stringify(control)}`);
  }

  /** Picks an answer and continues with the keyboard alone: Tab into the answers, arrows to the one, Space, Tab to Continue, Enter. */
  async chooseWithKeyboard(label: string) {
    await this.tabTo((focused) => focused?.role === 'radio');
    const target: Control = { role: 'radio', name: label };
    for (let presses = 0; !isSameControl(await this.focusedControl(), target); presses += 1) {
      if (presses > 10) throw new Error(`Arrow keys never reached “${label}”`);
      await this.press('ArrowDown');
    }
    await this.press('Space');
    if (!(await this.isChecked(label))) throw new Error(`Space did not check “${label}”`);
    await this.tabTo({ role: 'button', name: pageWords.continue });
    await this.press('Enter');
  }

  /** Presses Tab until the text field with this label has focus. */
  async tabToField(label: string, limit = 20) {
    for (let presses = 0; presses < limit; presses += 1) {
      await this.press('Tab');
      if ((await this.driver.evaluate(focusedFieldLabel)) === label) return;
    }
    throw new Error(`Tab never reached the field “${label}”`);
  }

  async followWithKeyboard(name: string) {
    await this.tabTo({ role: 'link', name });
    await this.press('Enter');
  }

  /** Ticks exactly these boxes and continues with the keyboard alone: Tab from box to box, Space where one must change, then Continue. */
  async tickWithKeyboard(labels: readonly string[]) {
    await this.tabTo((focused) => focused?.role === 'checkbox');
    for (let focused = await this.focusedControl(); focused?.role === 'checkbox'; focused = await this.focusedControl()) {
      if ((await this.isChecked(focused.name)) !== labels.includes(focused.name)) await this.press('Space');
      await this.press('Tab');
    }
    for (const box of await this.driver.evaluate(checkboxLabels)) {
      if ((await this.isChecked(box)) !== labels.includes(box)) throw new Error(`Space did not set “${box}”`);
    }
    if (!isSameControl(await this.focusedControl(), { role: 'button', name: pageWords.continue })) await this.tabTo({ role: 'button', name: pageWords.continue });
    await this.press('Enter');
  }

  makeWithKeyboard = (move: Move) =>
    move.ticks
      ? this.tickWithKeyboard(move.ticks)
      : move.kind === 'choose'
        ? this.chooseWithKeyboard(move.label)
        : this.followWithKeyboard(move.label);

  async followInPageLink(name: string) {
    if (!(await this.driver.evaluate(followInPageLink, name))) throw new Error(`No link within the page named “${name}”`);
  }

  /** Waits for a link within the page to reach its fragment, then for the page to settle, as it would after a move. */
  async waitForFragment() {
    await waitUntil(async () => ((await this.driver.evaluate(() => window.location.hash)) ? undefined : 'No fragment in the address'));
    await this.driver.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  }

  headingText = () => this.driver.evaluate(headingText);
  isHeadingFocused = () => this.driver.evaluate(isHeadingFocused);
  path = () => this.driver.evaluate(currentPath);
  title = () => this.driver.evaluate(() => document.title);
  text = () => this.driver.evaluate(pageText);
  regionText = (name: string) => this.driver.evaluate(regionText, name);
  statusTexts = () => this.driver.evaluate(statusTexts);
  isChecked = (label: string) => this.driver.evaluate(isLabelledChecked, label);
  focusedControl = () => this.driver.evaluate(focusedControl);
  focusedCardOutline = () => this.driver.evaluate(focusedCardOutline);
  focusedSelection = () => this.driver.evaluate(focusedSelection);
  replaceClipboard = (refuse: boolean) => this.driver.evaluate(replaceClipboard, refuse);
  copiedText = () => this.driver.evaluate(copiedText);
  hasShareSheet = () => this.driver.evaluate(hasShareSheet);
  mapLinkCount = (listLabel: string) => this.driver.evaluate(mapLinkCount, listLabel);
  type = (text: string) => this.driver.type(text);
  horizontalOverflow = () => this.driver.evaluate(horizontalOverflow);
  focusedOutline = () => this.driver.evaluate(focusedOutline);
  countLinksAndButtons = () => this.driver.evaluate(countLinksAndButtons);

  /** What the frame watch saw in this page; the page must have been opened with it. */
  async frameWatch() {
    const seen = await this.driver.evaluate(frameWatch);
    if (!seen) throw new Error('This page was opened without the frame watch');
    return seen;
  }
}
