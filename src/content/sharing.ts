/** The wizard's own words for sending a screen to someone: a message, the share sheet, the map's search, the printed page. */

export const shareControls = {
  copyMessage: 'Copy a message with this link',
  messageCopied: 'Message copied',
  messageManualLabel: 'Your browser didn’t let us copy it. Copy this message:',
  share: 'Share this step',
  shared: 'Shared',
} as const;

/**
 * The message: who it is for and what it does, then the screen's title and its address, one a line.
 * `places`, `procedures` and `person` are the content's own words ("the AWS access portal", "end your
 * sessions from the AWS access portal", "an IAM user").
 */
/** More places than this are counted rather than named, so that the message stays short enough to send. */
const placesNamed = 2;

export const shareMessage = {
  /** After the title of a step past the first: the link does not start at the beginning. */
  fromStep: (step: number, count: number) => `(from step ${step} of ${count})`,
  signingOutOf: (places: readonly string[], person: string | undefined) =>
    `For signing out of ${places.length === 0 ? 'AWS' : places.length > placesNamed ? `the ${places.length} places you are signed in` : inWords(places)}${person ? ` as ${person}` : ''}:`,
  toDo: (procedures: readonly string[], person: string | undefined) =>
    `To ${inWords(procedures)}${person ? `, as ${person}` : ''}:`,
} as const;

function inWords(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const mapSearch = {
  label: 'Find screens',
  hint: 'Type any words a screen shows, or the ones a caller uses, such as “SSO laptop” or “current session”.',
  count: (count: number, query: string) => `${count} ${count === 1 ? 'screen matches' : 'screens match'} “${query}”`,
  noMatch: (query: string) =>
    `No screen matches “${query}”. Try fewer words, or other ones: a kind of user, where they are signed in, or a step.`,
  resultsLabel: 'Matching screens',
  /** After the first matches of many: how many show, and a word on narrowing them. */
  firstOnly: (shown: number, total: number) => `The first ${shown} of ${total} screens are shown. Another word narrows them down.`,
  showEveryMatch: (total: number) => `Show all ${total} screens`,
  /** Before a result's answers, for assistive technology: the answers that lead to it. */
  trailLabel: 'Answers: ',
  copyMessage: 'Copy message',
  /** Completes the button's name for assistive technology: which screen's message it copies. */
  copyMessageFor: (heading: string) => `for ${heading}`,
} as const;

/**
 * Words a caller may use for what the wizard names otherwise; each group is searched as one. Whole
 * words only: "ide" must not find "provider".
 */
export const searchSynonyms: readonly (readonly string[])[] = [
  ['identity center', 'identity centre', 'sso', 'single sign-on', 'single sign on'],
  ['sign out', 'signed out', 'signout', 'sign-out', 'log out', 'logout', 'log off', 'logoff', 'sign off'],
  // Not "device" alone: every path here says "on this device".
  ['laptop', 'computer', 'pc', 'desktop', 'another device', 'other devices'],
  ['ide', 'vs code', 'vscode', 'visual studio code', 'visual studio', 'jetbrains', 'code editor', 'editor'],
  ['amazon q', 'q developer'],
  ['aws cli', 'cli', 'terminal', 'command line', 'shell'],
  ['builder id', 'builderid'],
];

export const printedPage = {
  printedFrom: (address: string, date: string) => `Printed from ${address} on ${date}.`,
  howToKnow: 'How to know it worked',
  stillSignedIn: 'If you’re still signed in',
} as const;
