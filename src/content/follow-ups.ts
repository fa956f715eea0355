import type { FollowUp, Portal, UserType } from './answers';

/** A link to the first step of signing out here, in this browser, at `portal`. */
export const signOutHere = (label: string, userType: UserType, portal: Portal): FollowUp => ({
  label,
  answers: { userType, whereToSignOut: 'this-browser', portal },
});

/** A link to the first step of ending sessions on a device or browser the person can't reach. */
const endSessionsElsewhere = (label: string, userType: UserType): FollowUp => ({
  label,
  answers: { userType, whereToSignOut: 'elsewhere' },
});

/** The other halves of a full sign-out, each a link to the first step of its own path. */
export const followUps = {
  consoleFromPortal: signOutHere('Sign out of a console you opened from the portal', 'identity-center-user', 'console'),
  accessPortal: signOutHere('Sign out of the access portal', 'identity-center-user', 'access-portal'),
  builderIdTools: signOutHere('Sign out of the tools you use with Builder ID', 'builder-id', 'builder-id-tool'),
  builderIdProfile: signOutHere('Sign out of your AWS Builder ID profile', 'builder-id', 'builder-id-profile'),
  project: signOutHere('Sign out of your project', 'project-user', 'project'),
  awsSettings: signOutHere('Sign out of AWS Settings', 'project-user', 'aws-settings'),
  portalSessionsElsewhere: endSessionsElsewhere('End your sessions from the AWS access portal', 'identity-center-user'),
  builderIdSessionsElsewhere: endSessionsElsewhere('Sign out of your AWS Builder ID on every device', 'builder-id'),
  awsSettingsSessionsElsewhere: endSessionsElsewhere('Delete all your sessions from AWS Settings', 'project-user'),
} as const satisfies Record<string, FollowUp>;
