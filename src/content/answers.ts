import type { UserType } from './user-types/registry';

/**
 * The answers a person gives, as stable slugs. Slugs appear in addresses, so they never change once
 * published. The kinds of user (user-types/), the ways they sign in, and the places they are signed
 * in (places/) are declared in their own modules; the other answers are here. The words shown for
 * each answer live with its question (questions.ts) or its module.
 */
export const answerValues = {
  createdAccount: ['yes', 'no'],
  whereToSignOut: ['this-browser', 'elsewhere'],
  sessions: ['one', 'several'],
  whichSessions: ['all', 'current'],
} as const;

/** The answer to "What kind of AWS user are you?" that asks a few questions to work it out. */
export const notSure = 'not-sure';
/** The answer to "How do you sign in?" when no way fits. */
export const noneOfThese = 'none-of-these';

export type WhereToSignOut = (typeof answerValues.whereToSignOut)[number];

export interface AnswerTypes {
  userType: UserType | typeof notSure;
  createdAccount: (typeof answerValues.createdAccount)[number];
  /** A way of signing in that a kind of user declares, or none of these. */
  signInMethod: string;
  whereToSignOut: WhereToSignOut;
  /** Where the person is signed in: one place, or places signed out of together. */
  places: string;
  sessions: (typeof answerValues.sessions)[number];
  whichSessions: (typeof answerValues.whichSessions)[number];
}

export type QuestionId = keyof AnswerTypes;
export type Answers = { [Q in QuestionId]?: AnswerTypes[Q] };
