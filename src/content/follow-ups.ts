import type { FollowUp } from './answers';

/** The other halves of a full sign-out, each a link to the first step of its own path. */
export const followUps = {
  consoleFromPortal: {
    label: 'Sign out of a console you opened from the portal',
    answers: { userType: 'identity-center-user', whereToSignOut: 'this-browser', portal: 'console' },
  },
  accessPortal: {
    label: 'Sign out of the access portal',
    answers: { userType: 'identity-center-user', whereToSignOut: 'this-browser', portal: 'access-portal' },
  },
  builderIdTools: {
    label: 'Sign out of the tools you use with Builder ID',
    answers: { userType: 'builder-id', whereToSignOut: 'this-browser', portal: 'builder-id-tool' },
  },
  builderIdProfile: {
    label: 'Sign out of your AWS Builder ID profile',
    answers: { userType: 'builder-id', whereToSignOut: 'this-browser', portal: 'builder-id-profile' },
  },
  project: {
    label: 'Sign out of your project',
    answers: { userType: 'project-user', whereToSignOut: 'this-browser', portal: 'project' },
  },
  awsSettings: {
    label: 'Sign out of AWS Settings',
    answers: { userType: 'project-user', whereToSignOut: 'this-browser', portal: 'aws-settings' },
  },
  portalSessionsElsewhere: {
    label: 'End your sessions from the AWS access portal',
    answers: { userType: 'identity-center-user', whereToSignOut: 'elsewhere' },
  },
  builderIdSessionsElsewhere: {
    label: 'Sign out of your AWS Builder ID on every device',
    answers: { userType: 'builder-id', whereToSignOut: 'elsewhere' },
  },
  awsSettingsSessionsElsewhere: {
    label: 'Delete all your sessions from AWS Settings',
    answers: { userType: 'project-user', whereToSignOut: 'elsewhere' },
  },
} as const satisfies Record<string, FollowUp>;
