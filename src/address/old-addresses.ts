import { questionOrder } from '../flow/decision-path';
import { reachableScreens } from '../flow/reachable';
import { answersOf, screenOf, type WizardSnapshot } from '../flow/screen';
import { pathOf } from './address';
import { base } from './base';
import { addedQuestions, formerNamesOf, renamedAddresses } from './redirects';

export interface OldAddress {
  old: string;
  current: string;
}

/** Stands for an answer left out of an older address. */
const leftOut = null;

/**
 * The addresses a screen had before: with an answer to a question added since left out, or an
 * answer under the name it had before it was renamed, or both.
 */
function olderAddressesOf(snapshot: WizardSnapshot): string[] {
  const answers = answersOf(snapshot);
  const forms = questionOrder.flatMap((question) => {
    const value = answers[question];
    if (value === undefined) return [];
    return [[value, ...formerNamesOf(value), ...(addedQuestions[question] === value ? [leftOut] : [])]];
  });
  const combinations = forms.reduce<(string | null)[][]>((sofar, choices) => sofar.flatMap((each) => choices.map((choice) => [...each, choice])), [[]]);
  return combinations
    .slice(1)
    .map((segments) => `${base}${[...segments.filter((segment) => segment !== leftOut), ...screenOf(snapshot).name].join('/')}/`);
}

/** A path written as if the base were "/", under the site's base. */
const underBase = (path: string) => `${base}${path.slice(1)}`;

/**
 * Every published address that now lives elsewhere, under the site's base, with the address it
 * leads to: renamed ones, those from before a question was added, and those with a renamed answer.
 */
export function oldAddresses(): OldAddress[] {
  const screens = reachableScreens();
  const older = screens.flatMap((snapshot) => olderAddressesOf(snapshot).map((old) => ({ old, current: pathOf(snapshot) })));
  const renamed = renamedAddresses(screens.map((snapshot) => `/${pathOf(snapshot).slice(base.length)}`));
  return [...renamed.map(({ old, current }) => ({ old: underBase(old), current: underBase(current) })), ...older];
}
