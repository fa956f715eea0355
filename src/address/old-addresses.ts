import { questionOrder } from '../flow/decision-path';
import { reachableScreens } from '../flow/reachable';
import { answersOf, screenOf, type WizardSnapshot } from '../flow/screen';
import { pathOf } from './address';
import { base } from './base';
import { addedQuestions, renamedAddresses } from './redirects';

export interface OldAddress {
  old: string;
  current: string;
}

/** The address a screen had before a question was added to the path: its answer to that question left out. */
function beforeAddedQuestions(snapshot: WizardSnapshot): string | undefined {
  const answers = answersOf(snapshot);
  const given = questionOrder.filter((question) => answers[question] !== undefined);
  const kept = given.filter((question) => answers[question] !== addedQuestions[question]);
  if (kept.length === given.length) return undefined;
  return `${base}${[...kept.map((question) => answers[question]), ...screenOf(snapshot).name].join('/')}/`;
}

/** A path written as if the base were "/", under the site's base. */
const underBase = (path: string) => `${base}${path.slice(1)}`;

/**
 * Every published address that now lives elsewhere, under the site's base, with the address it
 * leads to: renamed ones, and those from before a question was added.
 */
export function oldAddresses(): OldAddress[] {
  const screens = reachableScreens();
  const fromAddedQuestions = screens.flatMap((snapshot) => {
    const old = beforeAddedQuestions(snapshot);
    return old ? [{ old, current: pathOf(snapshot) }] : [];
  });
  const renamed = renamedAddresses(screens.map((snapshot) => `/${pathOf(snapshot).slice(base.length)}`));
  return [...renamed.map(({ old, current }) => ({ old: underBase(old), current: underBase(current) })), ...fromAddedQuestions];
}
