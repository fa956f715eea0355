import type { QuestionId } from '../content/answers';

/**
 * Questions added to the path after addresses were published, each with the answer those older
 * addresses meant: an address that skips the question reads as if it had been given that answer.
 */
export const addedQuestions: Readonly<Partial<Record<QuestionId, string>>> = { whereToSignOut: 'this-browser' };

/**
 * Answers that were renamed, old -> new, wherever they stand in an address: the two combined answers
 * to "Where are you signed in?" became sets of places when it turned into "select all that apply".
 */
export const renamedAnswers: Readonly<Record<string, string>> = {
  'console-and-access-portal': 'console+access-portal',
  'project-and-aws-settings': 'project+aws-settings',
};

/** The names an answer was published under before it was renamed. */
export const formerNamesOf = (answer: string): string[] =>
  Object.keys(renamedAnswers).filter((old) => renamedAnswers[old] === answer);

/**
 * Published addresses that were renamed, old -> new, as paths under the site's base (written as if
 * the base were "/"), ending with a slash. An entry also moves every address beneath it, so renaming
 * an answer moves its whole branch.
 */
export const redirects: Readonly<Record<string, string>> = Object.fromEntries(
  // "You are …" was a screen of its own after "I'm not sure"; it is now said on the next question.
  ['yes', 'no/account-id-and-user-name', 'no/access-portal', 'no/sign-on-portal', 'no/personal-profile', 'no/project-login', 'no/aws-settings', 'no/builder-id-to-project'].map(
    (answers) => [`/not-sure/${answers}/identified/`, `/not-sure/${answers}/here-or-elsewhere/`],
  ),
);

/** The address a published one now lives at: the longest redirected prefix replaced, or itself. */
export function redirected(path: string, table = redirects): string {
  const from = Object.keys(table)
    .filter((old) => path.startsWith(old))
    .toSorted((a, b) => b.length - a.length)[0];
  return from === undefined ? path : `${table[from]}${path.slice(from.length)}`;
}

/** For each current address under a redirect's target, the old address that leads to it. */
export function renamedAddresses(currentPaths: readonly string[], table = redirects): { old: string; current: string }[] {
  return Object.entries(table).flatMap(([old, target]) =>
    currentPaths.filter((path) => path.startsWith(target)).map((path) => ({ old: old + path.slice(target.length), current: path })),
  );
}
