import type { QuestionId } from './answers';

/** Address segment of each question's screen; published in links, so never changed. */
export const questionSlugs: Record<QuestionId, string> = {
  userType: 'user-type',
  createdAccount: 'created-account',
  signInMethod: 'sign-in',
  portal: 'portal',
  sessions: 'sessions',
  whichSessions: 'which-sessions',
};
