import type { Control } from '../support/browser/page-queries';

export type { Control };

export type Key = 'Tab' | 'ArrowDown' | 'Space' | 'Enter';

/**
 * The little each browser engine must do for the scenarios; everything else is built on top of it,
 * once, in wizard-in-browser.ts. Paths are relative to the served app.
 */
export interface EngineDriver {
  goto(path: string): Promise<void>;
  /** Clicks the control as a person would; false, without clicking, when the page does not show it. */
  click(control: Control): Promise<boolean>;
  /** Presses a key on the keyboard, into whatever has focus. */
  press(key: Key): Promise<void>;
  /** Types text on the keyboard, a key at a time, into whatever has focus. */
  type(text: string): Promise<void>;
  back(): Promise<void>;
  forward(): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page (it may return a promise) and returns its result. */
  evaluate<Result, Args extends unknown[]>(script: (...args: Args) => Result | Promise<Result>, ...args: Args): Promise<Result>;
  /** Runs a classic script's source in the page, e.g. a library to inject. */
  runScript(source: string): Promise<void>;
  /** Sets the size of the page's viewport (not of the window around it), in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Saves a PNG of the viewport. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}
