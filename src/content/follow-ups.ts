import type { FollowUp } from './answers';

/** The other halves of a full sign-out, each a link to the first step of its own path. */
export const followUps = {
  consoleFromPortal: {
    label: 'Sign out of a console you opened from the portal',
    answers: { userType: 'identity-center-user', portal: 'console' },
  },
  accessPortal: {
    label: 'Sign out of the access portal',
    answers: { userType: 'identity-center-user', portal: 'access-portal' },
  },
  builderIdTools: {
    label: 'Sign out of the tools you use with Builder ID',
    answers: { userType: 'builder-id', portal: 'builder-id-tool' },
  },
} as const satisfies Record<string, FollowUp>;
