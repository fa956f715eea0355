/** Content text as a person reads it on screen: the quotes that mark on-screen names, and the backticks that mark code, are not shown. */
export const asShown = (text: string) => text.replace(/[“”`]/g, '');

/** Finds a paragraph by all of its text, including words set apart inside it. */
export const paragraphReading =
  (text: string) =>
  (_: string, element: Element | null): boolean =>
    element?.tagName === 'P' && element.textContent === text;
