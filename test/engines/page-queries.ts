import type { Control } from './engine-driver';

/*
 * Functions run inside the page, so each must be self-contained: no imports, no outer variables.
 * Names are compared as a person reads them: the visible text with white space collapsed.
 */

/** The element a person would click for the control (the link or button, or the radio's label), once usable. */
export function findControl({ role, name }: Control): HTMLElement | null {
  const selector = { link: 'a[href]', button: 'button', radio: 'label' }[role];
  const matches = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) =>
      element.getClientRects().length > 0 &&
      !(element as HTMLButtonElement).disabled &&
      (element.textContent ?? '').replace(/\s+/g, ' ').trim() === name &&
      (role !== 'radio' || (element as HTMLLabelElement).control?.getAttribute('type') === 'radio'),
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

export function isRadioChecked(label: string): boolean {
  const match = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === label);
  return (match?.control as HTMLInputElement | null | undefined)?.checked === true;
}

/** The focused field's value and whether all of it is selected. */
export function focusedSelection(): { value: string; allSelected: boolean } | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement)) return null;
  return { value: field.value, allSelected: field.selectionStart === 0 && field.selectionEnd === field.value.length };
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
