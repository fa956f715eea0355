/**
 * The answers a person can give, as stable slugs. Slugs appear in addresses, so they never change
 * once published; the words shown for them live in questions.ts.
 */
export const userTypes = [
  'root-user',
  'iam-user',
  'identity-center-user',
  'federated-identity',
  'project-user',
  'builder-id',
] as const;
export type UserType = (typeof userTypes)[number];

export const answerValues = {
  userType: [...userTypes, 'not-sure'],
  createdAccount: ['yes', 'no'],
  signInMethod: [
    'account-id-and-user-name',
    'access-portal',
    'sign-on-portal',
    'project-login',
    'aws-settings',
    'personal-profile',
    'none-of-these',
  ],
  whereToSignOut: ['this-browser', 'elsewhere'],
  portal: [
    'console',
    'access-portal',
    'console-and-access-portal',
    'project',
    'aws-settings',
    'project-and-aws-settings',
    'builder-id-profile',
    'builder-id-tool',
  ],
  sessions: ['one', 'several'],
  whichSessions: ['all', 'current'],
} as const;

export type QuestionId = keyof typeof answerValues;
export type AnswerValue<Q extends QuestionId> = (typeof answerValues)[Q][number];
export type Answers = { [Q in QuestionId]?: AnswerValue<Q> };
export type Portal = AnswerValue<'portal'>;
export type WhereToSignOut = AnswerValue<'whereToSignOut'>;

/** Which situations a piece of advice is for; a missing key matches any value. */
export interface AppliesTo {
  userTypes?: readonly UserType[];
  whereToSignOut?: readonly WhereToSignOut[];
  portals?: readonly Portal[];
  sessions?: readonly AnswerValue<'sessions'>[];
  whichSessions?: readonly AnswerValue<'whichSessions'>[];
}

/** For one kind of user ending their sessions on a device or browser they can't reach. */
export const endingSessionsElsewhere = (userType: UserType): AppliesTo => ({ userTypes: [userType], whereToSignOut: ['elsewhere'] });

/** For one kind of user signing out here, in this browser, wherever they are signed in. */
export const signingOutHere = (userType: UserType): AppliesTo => ({ userTypes: [userType], whereToSignOut: ['this-browser'] });

/** A link to another sign-out path, given by the answers that lead to it. */
export interface FollowUp {
  label: string;
  answers: Answers & { userType: UserType; whereToSignOut: WhereToSignOut };
}
