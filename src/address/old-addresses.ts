import { questionOrder } from '../flow/decision-path';
import { answersBefore } from '../flow/screen';
import { resolvePath } from './address';
import { addedQuestions, renamedAddresses } from './redirects';

export interface OldAddress {
  old: string;
  current: string;
}

/** The address a screen had before a question was added to the path: its answer to that question left out. */
function beforeAddedQuestions(current: string): string | undefined {
  const answers = answersBefore(resolvePath(current).snapshot);
  const given = questionOrder.filter((question) => answers[question] !== undefined);
  const segments = current.split('/').filter((segment) => segment !== '');
  const added = given.flatMap((question, index) => (answers[question] === addedQuestions[question] ? [index] : []));
  if (added.length === 0) return undefined;
  return `/${segments.filter((_, index) => !added.includes(index)).join('/')}/`;
}

/**
 * Every published address that now lives elsewhere, with the address it leads to (both as if the
 * base were "/"): renamed ones, and those from before a question was added.
 */
export function oldAddresses(currentPaths: readonly string[]): OldAddress[] {
  const fromAddedQuestions = currentPaths.flatMap((current) => {
    const old = beforeAddedQuestions(current);
    return old ? [{ old, current }] : [];
  });
  return [...renamedAddresses(currentPaths), ...fromAddedQuestions];
}
