import type { AnswerValue, Answers, AppliesTo, Portal, UserType } from '../content/answers';
import { userTypeByCreatedAccount, userTypeBySignInMethod } from '../content/user-types';

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

/** Answers that lead to steps: a known user type and a portal. */
export interface Situation {
  userType: UserType;
  portal: Portal;
  sessions?: AnswerValue<'sessions'>;
  whichSessions?: AnswerValue<'whichSessions'>;
}

export function situationOf(answers: Answers): Situation | undefined {
  const userType = resolvedUserType(answers);
  if (!userType || !answers.portal) return undefined;
  return { userType, portal: answers.portal, sessions: answers.sessions, whichSessions: answers.whichSessions };
}

const matches = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || (value !== undefined && allowed.includes(value));

export function applies(rule: AppliesTo, situation: Situation): boolean {
  return (
    matches(rule.userTypes, situation.userType) &&
    matches(rule.portals, situation.portal) &&
    matches(rule.sessions, situation.sessions) &&
    matches(rule.whichSessions, situation.whichSessions)
  );
}
