import { vi } from 'vitest';
import type { Control, EngineDriver, Key } from './engine-driver';
import {
  countLinksAndButtons,
  currentPath,
  focusedOutline,
  focusedSelection,
  headingText,
  horizontalOverflow,
  isHeadingFocused,
  isRadioChecked,
  pageText,
  regionText,
  statusTexts,
} from './page-queries';

/** What the scenarios ask of the wizard, the same in every engine, on top of that engine's driver. */
export class WizardPage {
  constructor(readonly driver: EngineDriver) {}

  goto = (path: string) => this.driver.goto(path);
  press = (key: Key) => this.driver.press(key);
  back = () => this.driver.back();
  forward = () => this.driver.forward();
  reload = () => this.driver.reload();

  /** Clicks the control once it is there, as a person waits for the page to show what they look for. */
  async click(control: Control) {
    await vi.waitFor(async () => {
      if (!(await this.driver.click(control))) throw new Error(`No ${control.role} named “${control.name}”`);
    }, { timeout: 5_000 });
  }

  followLink = (name: string) => this.click({ role: 'link', name });
  pressButton = (name: string) => this.click({ role: 'button', name });

  /** Picks an answer by its label and continues. */
  async choose(label: string) {
    await this.click({ role: 'radio', name: label });
    await this.pressButton('Continue');
  }

  headingText = () => this.driver.evaluate(headingText);
  isHeadingFocused = () => this.driver.evaluate(isHeadingFocused);
  path = () => this.driver.evaluate(currentPath);
  title = () => this.driver.evaluate(() => document.title);
  text = () => this.driver.evaluate(pageText);
  regionText = (name: string) => this.driver.evaluate(regionText, name);
  statusTexts = () => this.driver.evaluate(statusTexts);
  isChecked = (label: string) => this.driver.evaluate(isRadioChecked, label);
  focusedSelection = () => this.driver.evaluate(focusedSelection);
  horizontalOverflow = () => this.driver.evaluate(horizontalOverflow);
  focusedOutline = () => this.driver.evaluate(focusedOutline);
  countLinksAndButtons = () => this.driver.evaluate(countLinksAndButtons);
}
