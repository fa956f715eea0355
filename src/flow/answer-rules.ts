import {
  answerValues,
  isAnswerValue,
  questionOrder,
  type AnswerValue,
  type Answers,
  type AppliesTo,
  type Portal,
  type QuestionId,
  type UserType,
} from '../content/answers';
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

function portalOptions(answers: Answers): readonly Portal[] {
  const userType = resolvedUserType(answers);
  return userType ? userTypeContent[userType].portals : [];
}

export function includesConsole(portal: Portal | undefined): boolean {
  return portal === 'console' || portal === 'console-and-access-portal';
}

/** Whether a question is part of the path these (earlier) answers describe, and which answers it allows. */
export function optionsFor(question: QuestionId, answers: Answers): readonly string[] {
  switch (question) {
    case 'userType':
      return answerValues.userType;
    case 'createdAccount':
      return answers.userType === 'not-sure' ? answerValues.createdAccount : [];
    case 'signInMethod':
      return answers.userType === 'not-sure' && answers.createdAccount === 'no' ? answerValues.signInMethod : [];
    case 'portal':
      return portalOptions(answers);
    case 'sessions':
      return includesConsole(answers.portal) ? answerValues.sessions : [];
    case 'whichSessions':
      return includesConsole(answers.portal) && answers.sessions === 'several' ? answerValues.whichSessions : [];
  }
}

/** A question the person is shown: it applies and has more than one possible answer. */
export function isAsked(question: QuestionId, answers: Answers): boolean {
  return optionsFor(question, answers).length > 1;
}

/** A question the person answered when it was shown: one whose answer they can change. */
export function wasAsked(question: QuestionId, answers: Answers): boolean {
  return answers[question] !== undefined && isAsked(question, answers);
}

export function isAllowedAnswer(question: QuestionId, value: string, answers: Answers): boolean {
  return optionsFor(question, answers).includes(value);
}

/**
 * Keeps every answer that still applies after an earlier one changed, in flow order, and drops the
 * rest. A question with a single possible answer has that answer recorded.
 */
export function reconcile(answers: Answers): Answers {
  const kept: Answers = {};
  for (const question of questionOrder) {
    const options = optionsFor(question, kept);
    const given = answers[question];
    const value = options.length === 1 ? options[0] : given;
    if (value !== undefined && options.includes(value) && isAnswerValue(question, value)) {
      (kept as Record<QuestionId, string>)[question] = value;
    }
  }
  return kept;
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
