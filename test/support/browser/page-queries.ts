/** A control found the way a person names it: a link or button by its text, a radio or checkbox by its label. */
export interface Control {
  role: 'link' | 'button' | 'radio' | 'checkbox';
  name: string;
}

/*
 * Functions run inside the page, so each must be self-contained: no imports, no outer variables.
 * Names are compared as a person reads them: the visible text with white space collapsed.
 */

/** The element a person would click for the control (the link or button, or the radio's or checkbox's label), once usable. */
export function findControl({ role, name }: Control): HTMLElement | null {
  const selector = { link: 'a[href]', button: 'button', radio: 'label', checkbox: 'label' }[role];
  const matches = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) =>
      element.getClientRects().length > 0 &&
      !(element as HTMLButtonElement).disabled &&
      (element.textContent ?? '').replace(/\s+/g, ' ').trim() === name &&
      (element.tagName !== 'LABEL' || (element as HTMLLabelElement).control?.getAttribute('type') === role),
  );
  return matches[0] ?? null;
}

export function headingText(): string {
  return (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function isHeadingFocused(): boolean {
  const heading = document.querySelector('h1');
  return heading !== null && document.activeElement === heading;
}

export function currentPath(): string {
  return window.location.pathname;
}

export function pageText(): string {
  return document.body.innerText.replace(/\s+/g, ' ');
}

/** The text of a region (a section with a heading), found by the heading's text. */
export function regionText(name: string): string {
  const region = [...document.querySelectorAll('[aria-labelledby]')].find(
    (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === name,
  );
  return (region?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function statusTexts(): string[] {
  return [...document.querySelectorAll('[role="status"]')].map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The labels of the page's checkboxes, in order. */
export function checkboxLabels(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) =>
    (box.labels?.[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Whether the radio or checkbox with this label is checked. */
export function isLabelledChecked(label: string): boolean {
  const match = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === label);
  return (match?.control as HTMLInputElement | null | undefined)?.checked === true;
}

/** The focused field's label and value, and whether all of the value is selected. */
export function focusedSelection(): { label: string; value: string; allSelected: boolean } | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return null;
  return {
    label: (field.labels?.[0]?.textContent ?? '').trim(),
    value: field.value,
    allSelected: field.selectionStart === 0 && field.selectionEnd === field.value.length,
  };
}

/** The label of the focused text field, or null when focus is not in one. */
export function focusedFieldLabel(): string | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return null;
  return (field.labels?.[0]?.textContent ?? '').trim();
}

/** How many links the list of every screen on the map shows. */
export function mapLinkCount(listLabel: string): number {
  return document.querySelectorAll(`nav[aria-label="${listLabel}"] a[href]`).length;
}

/** Whether the page offers the system's share sheet at all (the Web Share API). */
export function hasShareSheet(): boolean {
  return typeof navigator.share === 'function';
}

/** Puts in place of the clipboard one that refuses, or one that keeps what is copied for copiedText(). */
export function replaceClipboard(refuse: boolean): void {
  const writeText = (text: string) => {
    if (refuse) return Promise.reject(new Error('Refused'));
    Object.assign(window, { copiedText: text });
    return Promise.resolve();
  };
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

export function copiedText(): string | null {
  return (window as { copiedText?: string }).copiedText ?? null;
}

/** How far the page is wider than its viewport, in CSS pixels (0 when nothing scrolls sideways). */
export function horizontalOverflow(): number {
  return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);
}

/** The focused element's tag and outline, to tell whether focus can be seen. */
export function focusedOutline(): { tag: string; style: string; width: number } {
  const element = document.activeElement ?? document.body;
  const style = getComputedStyle(element);
  return { tag: element.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
}

export function countLinksAndButtons(): number {
  return document.querySelectorAll('a[href], button').length;
}

/** The focused element as a person names it, or null when it is not a link, button, radio or checkbox. */
export function focusedControl(): Control | null {
  const element = document.activeElement;
  const isChoice = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
  const named = isChoice ? element.labels?.[0] : element;
  const name = (named?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) return { role: 'link', name };
  if (element instanceof HTMLButtonElement) return { role: 'button', name };
  if (isChoice) return { role: element.type as 'radio' | 'checkbox', name };
  return null;
}

/** The outline of what holds the focused element: for a radio, the card of its answer. */
export function focusedCardOutline(): string {
  const card = document.activeElement?.parentElement;
  return card ? getComputedStyle(card).outlineStyle : 'none';
}

/**
 * Whether the page's script has taken over: React holds the root and shows a screen, and the controls
 * drawn before the script but usable only with it (copy link, the map's search) are enabled; the start
 * page (at "/") is the one page without them.
 */
export function scriptHasTakenOver(): boolean {
  const root = document.getElementById('root');
  if (root === null || !Object.keys(root).some((key) => key.startsWith('__reactContainer'))) return false;
  if (document.querySelector('main h1') === null) return false;
  const waiting = [...document.querySelectorAll<HTMLButtonElement | HTMLInputElement>('main .needs-script:is(button, input), main .needs-script :is(button, input)')];
  return waiting.length > 0 ? waiting.every((control) => !control.disabled) : window.location.pathname === '/';
}

/**
 * Follows a link within the page (one to a fragment), found by its text, even when it is drawn out of
 * sight until focused, as the skip link is. False when there is none.
 */
export function followInPageLink(name: string): boolean {
  const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].find(
    (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim() === name,
  );
  link?.click();
  return link !== undefined;
}

/** What watchFrames() saw in this page so far. */
export interface FrameWatch {
  /** Animation frames painted without a main heading after one was shown. */
  blankFrames: number;
  /** The longest stretch of such frames, in milliseconds: from the first of them to the next frame with a heading. */
  longestBlank: number;
}

/**
 * Installed before the page's own scripts (an init script): on every animation frame, notes whether the
 * page shows its main heading, and counts the frames without one once one has been shown. A frame's
 * callbacks run just before it is painted, after every task that came before it, so what they see is
 * what the frame shows.
 */
export function watchFrames(): void {
  const watch = { blankFrames: 0, longestBlank: 0, shown: false, blankSince: -1 };
  const onFrame = (now: number) => {
    const heading = document.querySelector('h1');
    if (heading !== null && (heading.textContent ?? '').trim() !== '' && heading.getClientRects().length > 0) {
      if (watch.blankSince >= 0) watch.longestBlank = Math.max(watch.longestBlank, now - watch.blankSince);
      watch.shown = true;
      watch.blankSince = -1;
    } else if (watch.shown) {
      if (watch.blankSince < 0) watch.blankSince = now;
      watch.blankFrames += 1;
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  Object.assign(window, { frameWatch: watch });
}

/**
 * What watchFrames() has seen, up to and with the next frame (its callback runs after the watch's,
 * which was asked for a frame earlier); a blank still open counts up to then. Null without the watch.
 */
export function frameWatch(): Promise<FrameWatch | null> {
  type Watch = FrameWatch & { blankSince: number };
  return new Promise((done) =>
    requestAnimationFrame((now) => {
      const watch = (window as { frameWatch?: Watch }).frameWatch;
      if (!watch) return done(null);
      const open = watch.blankSince >= 0 ? now - watch.blankSince : 0;
      done({ blankFrames: watch.blankFrames, longestBlank: Math.round(Math.max(watch.longestBlank, open)) });
    }),
  );
}
