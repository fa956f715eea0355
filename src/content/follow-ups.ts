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
  builderIdProfile: {
    label: 'Sign out of your AWS Builder ID profile',
    answers: { userType: 'builder-id', portal: 'builder-id-profile' },
  },
  project: {
    label: 'Sign out of your project',
    answers: { userType: 'project-user', portal: 'project' },
  },
  awsSettings: {
    label: 'Sign out of AWS Settings',
    answers: { userType: 'project-user', portal: 'aws-settings' },
  },
} as const satisfies Record<string, FollowUp>;
