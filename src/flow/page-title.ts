import { pageWords } from '../content/screens';
import { mapPage, productName, startScreen } from '../content/site';

/** What a page says about itself: its heading, the page's title and its description. */
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

/** Content marks on-screen names with curly quotes and code with backticks; a title or description has plain quotes, and no backticks. */
export const asPlainText = (text: string) => text.replace(/[“”]/g, '"').replace(/`/g, '');

/** A page's words, its description the wizard's own unless it has one. */
export const aboutTheWizard = (heading: string, description = `${asPlainText(heading)}. ${startScreen.lead}`): ScreenWords => ({
  heading,
  title: pageTitle(heading),
  description,
});

/** The start page's words. */
export const startWords: ScreenWords = {
  heading: startScreen.heading,
  title: pageTitle(startScreen.heading),
  description: startScreen.lead,
};

/** The words of the map of every path, which is a page but no screen of the wizard. */
export const mapPageWords = aboutTheWizard(mapPage.heading, mapPage.lead);

/** The words of a screen that failed to render, shown in its place. */
export const screenFailedWords = aboutTheWizard(pageWords.screenFailed);
