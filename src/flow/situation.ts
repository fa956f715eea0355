import type { AnswerValue, Answers, AppliesTo, Portal, UserType, WhereToSignOut } from '../content/answers';
import { userTypeByCreatedAccount, userTypeBySignInMethod, userTypeContent } from '../content/user-types';

/** The user type the answers settle on, directly or through "I'm not sure"; undefined until known. */
export function resolvedUserType(answers: Answers): UserType | undefined {
  if (answers.userType !== 'not-sure') return answers.userType;
  if (answers.createdAccount === undefined) return undefined;
  return (
    userTypeByCreatedAccount[answers.createdAccount] ??
    (answers.signInMethod && userTypeBySignInMethod[answers.signInMethod])
  );
}

export function includesConsole(portal: Portal | undefined): boolean {
  return portal === 'console' || portal === 'console-and-access-portal';
}

/** AWS gives this kind of user a way to end their sessions on a device or browser they can't reach. */
export function canEndSessionsElsewhere(userType: UserType): boolean {
  return userTypeContent[userType].endsSessionsElsewhereWith !== undefined;
}

/**
 * Answers that lead to steps: a known user type, and either where they are signed in here, or
 * sessions elsewhere that they can end themselves.
 */
export type Situation = {
  userType: UserType;
  sessions?: AnswerValue<'sessions'>;
  whichSessions?: AnswerValue<'whichSessions'>;
} & ({ whereToSignOut: 'this-browser'; portal: Portal } | { whereToSignOut: 'elsewhere'; portal?: undefined });

export function situationOf(answers: Answers): Situation | undefined {
  const userType = resolvedUserType(answers);
  if (!userType) return undefined;
  const { sessions, whichSessions } = answers;
  if (answers.whereToSignOut === 'elsewhere') {
    return canEndSessionsElsewhere(userType) ? { userType, whereToSignOut: 'elsewhere' } : undefined;
  }
  if (answers.whereToSignOut !== 'this-browser' || !answers.portal) return undefined;
  return { userType, whereToSignOut: 'this-browser', portal: answers.portal, sessions, whichSessions };
}

const matches = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || (value !== undefined && allowed.includes(value));

export function applies(rule: AppliesTo, situation: Situation): boolean {
  return (
    matches(rule.userTypes, situation.userType) &&
    matches<WhereToSignOut>(rule.whereToSignOut, situation.whereToSignOut) &&
    matches(rule.portals, situation.portal) &&
    matches(rule.sessions, situation.sessions) &&
    matches(rule.whichSessions, situation.whichSessions)
  );
}
