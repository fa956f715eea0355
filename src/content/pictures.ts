import type { Sourced } from './sources';

/**
 * Our own simplified drawings of where to look on an AWS screen, as data. Words are drawn only
 * where AWS's documentation (sources.ts) names them on that screen; anything else is a blank line.
 * Each place's drawings live in its own module (places/); the pieces they share are here.
 */

/** How a drawn control stands out: the one to choose, or the page the person is on. */
export type PictureMark = 'choose' | 'here';

export interface DrawnItem {
  /** Drawn as written; without text, a blank line stands for something the sources do not name. */
  text?: string;
  /**
   * 'legend': our own label, not AWS's, for the whole list it opens, drawn on a dashed edge: where to look when the sources do not say where in it.
   * 'typed': what the person types, drawn inside a box. 'checkbox': a ticked box before a blank line. 'notice': a green notification, its words blank.
   */
  as?: 'user' | 'heading' | 'field' | 'note' | 'current' | 'legend' | 'button' | 'typed' | 'checkbox' | 'notice';
  mark?: PictureMark;
}

/** A drawing of a web page or window, with the control to choose marked. */
export interface PictureContent extends Sourced {
  /** The text alternative: says what the drawing shows, quoting the control to choose. */
  alt: string;
  /** Shown under the drawing to everyone: what the drawing is, and what it leaves out. */
  caption: string;
  /** Only the console gets a dark bar, as a look, not a copy of AWS's; every other page a plain one. */
  bar: 'dark' | 'plain';
  /** At the right of the bar; the last one opens the menu. */
  barItems: readonly DrawnItem[];
  /** A menu open under the last item of the bar. */
  menu?: readonly DrawnItem[];
  /** Navigation at the left of the page. */
  nav?: readonly DrawnItem[];
  page: readonly DrawnItem[];
  /** A dialog box open over the page. */
  dialog?: readonly DrawnItem[];
}

/** One line in a terminal: a command the person types, or what the terminal prints back. */
export type TerminalLine = { command: string } | { output: string };

/** A drawing of a terminal window: the command to type and, where AWS documents it, what it prints. */
export interface TerminalPicture extends Sourced {
  alt: string;
  caption: string;
  terminal: readonly TerminalLine[];
}

/** What a step or a check shows to say where to look. */
export type Drawing = PictureContent | TerminalPicture;

export const isTerminal = (drawing: Drawing): drawing is TerminalPicture => 'terminal' in drawing;

export const pictureMarks: Record<PictureMark, string> = {
  choose: 'Choose this',
  here: 'You are here',
};

export const line: DrawnItem = {};
export const lines = (count: number): DrawnItem[] => Array.from({ length: count }, () => line);
export const yourUserName: DrawnItem = { text: 'Your user name', as: 'user' };
export const chosenUserName: DrawnItem = { ...yourUserName, mark: 'choose' };
export const simplified = 'Simplified drawing, not a screenshot: the real page may look different.';
export const simplifiedMenu = 'Simplified drawing, not a screenshot: the real menu may have other entries, in another order.';
/** A field the sources do not name: a blank line over an empty box. */
const blankField: DrawnItem = { as: 'field' };

/** A sign-in page, which the person sees once signed out: what it asks for is left blank. */
export const signInPage: Pick<PictureContent, 'caption' | 'bar' | 'barItems' | 'page'> = {
  caption: 'Simplified drawing, not a screenshot: the real page may look different, and what it asks for is left blank.',
  bar: 'plain',
  barItems: [],
  page: [blankField, blankField],
};

/** The AWS Management Console webpage, where the console and a project return the person once signed out. */
const consoleSignedOutPicture: PictureContent = {
  alt: 'Drawing of the AWS Management Console webpage, where you are returned once you are signed out.',
  caption: simplified,
  bar: 'dark',
  barItems: [],
  page: lines(5),
  source: 'GUIDE',
};

/** How a person knows the console, or a project in it, signed them out (GUIDE). */
export const returnedToTheConsole = {
  text: 'You are returned to the AWS Management Console webpage.',
  picture: consoleSignedOutPicture,
  source: 'GUIDE',
} as const satisfies Sourced & { text: string; picture: PictureContent };
