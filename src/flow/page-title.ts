import { productName, startScreen } from '../content/site';

/** What a screen says about itself: its heading, the page's title and its description. */
export interface ScreenWords {
  heading: string;
  /** Read first as part of the heading, such as "Step 2 of 4 · …". */
  caption?: string;
  title: string;
  description: string;
}

export function pageTitle(heading: string): string {
  return heading === productName ? productName : `${heading} – ${productName}`;
}

/**
 * The start page's words, apart from every other screen's (screen-words.ts) so the first screen's
 * script carries none of the rest.
 */
export const startWords: ScreenWords = {
  heading: startScreen.heading,
  title: pageTitle(startScreen.heading),
  description: startScreen.lead,
};
