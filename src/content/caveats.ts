import { endingSessionsElsewhere, signingOutHere, type AppliesTo, type FollowUp } from './answers';
import { followUps } from './follow-ups';
import type { Sourced } from './sources';

/** What else to know or do once signed out; shown on "done" for the situations it applies to. */
export interface Caveat extends Sourced {
  id: string;
  text: string;
  appliesTo: AppliesTo;
  followUp?: FollowUp;
}

const portals = ['access-portal', 'console-and-access-portal'] as const;
const newExperience = ['project', 'aws-settings', 'project-and-aws-settings'] as const;

export const caveats: readonly Caveat[] = [
  {
    id: 'external-identity-provider',
    text: 'If your organization signs you in through an external identity provider, signing out of the access portal does not end your session with that provider, and going back to the portal may sign you straight in again without asking for your password. Sign out of your identity provider too, or ask your administrator how.',
    appliesTo: { portals },
    source: 'GUIDE',
    alsoFrom: ['AUTHSESSIONS'],
  },
  {
    id: 'portal-console-sessions',
    text: 'Console sessions you opened from the access portal are separate: signing out of the portal does not end them. They go on until they expire: after 1 hour by default, or up to 12 hours if your administrator set it so. Make sure you have signed out of each one in the console.',
    appliesTo: { userTypes: ['identity-center-user'], portals },
    followUp: followUps.consoleFromPortal,
    source: 'AUTHSESSIONS',
    alsoFrom: ['SESSIONS'],
  },
  {
    id: 'portal-still-signed-in',
    text: 'The AWS access portal has its own session, separate from your console sessions. To sign out fully, sign out of the portal too. A portal session lasts 8 hours by default; your administrator can set anything from 15 minutes to 90 days.',
    appliesTo: { userTypes: ['identity-center-user'], portals: ['console'] },
    followUp: followUps.accessPortal,
    source: 'INTERACTIVE',
    alsoFrom: ['AUTHSESSIONS'],
  },
  {
    id: 'other-identities-still-signed-in',
    text: 'The other identities in this browser are still signed in, each in its own tab. To sign them all out at once, choose “Sign out of all sessions”.',
    appliesTo: { sessions: ['several'], whichSessions: ['current'] },
    source: 'MULTI',
    alsoFrom: ['GUIDE'],
  },
  {
    id: 'federated-provider-session',
    text: 'Your identity provider, such as your company’s sign-on portal, may still have you signed in. To be safe, sign out there too, or check with your administrator.',
    appliesTo: { userTypes: ['federated-identity'] },
    source: 'GUIDE',
    unconfirmed: true,
  },
  {
    id: 'saml-session-length',
    text: 'If your organization signs you in with SAML, your identity provider may let a console session last up to 12 hours, so it’s worth signing out when you’re done.',
    appliesTo: { userTypes: ['federated-identity'] },
    source: 'SAML',
  },
  {
    id: 'builder-id-tools-separate',
    text: 'The tools you use with your Builder ID, such as Amazon Q Developer, are signed out of separately, each in the tool itself.',
    appliesTo: { userTypes: ['builder-id'], portals: ['builder-id-profile'] },
    followUp: followUps.builderIdTools,
    source: 'GUIDE',
  },
  {
    id: 'builder-id-profile-separate',
    text: 'Your AWS Builder ID profile has its own sign-out, apart from the tools you use with it. To sign out of your profile too, follow its own steps.',
    appliesTo: { portals: ['builder-id-tool'] },
    followUp: followUps.builderIdProfile,
    source: 'GUIDE',
  },
  {
    id: 'builder-id-up-to-an-hour',
    text: 'Signing out of your profile is meant to take effect at once, but it can take up to an hour before you are fully signed out of AWS Builder ID.',
    appliesTo: { portals: ['builder-id-profile'] },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'builder-id-social-login',
    text: 'If you signed in with a social login such as Google or Apple, ending your Builder ID sessions does not sign you out of that Google or Apple account.',
    appliesTo: { portals: ['builder-id-profile'] },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'new-experience-up-to-an-hour',
    text: 'Signing out is meant to take effect at once, but it can take up to an hour before you are fully signed out.',
    appliesTo: { portals: newExperience },
    source: 'TROUBLE-NEW',
  },
  {
    id: 'new-experience-social-login',
    text: 'If you sign in with a login such as Google or Apple, ending your AWS sessions does not sign you out of that Google or Apple account.',
    appliesTo: { portals: newExperience },
    source: 'TROUBLE-NEW',
  },
  {
    id: 'list-of-accounts',
    text: 'If AWS later shows you a list of accounts to choose from, several sessions are open in this browser: a Builder ID, a project or an AWS account. Sign out of each of them when you’re done.',
    appliesTo: { portals: newExperience },
    source: 'HELP',
    alsoFrom: ['TROUBLE-NEW'],
  },
  {
    id: 'aws-settings-too',
    text: 'AWS doesn’t say whether signing out of a project also signs you out of AWS Settings. To be thorough, sign out of AWS Settings too.',
    appliesTo: { portals: ['project'] },
    followUp: followUps.awsSettings,
    source: 'GUIDE',
  },
  {
    id: 'project-too',
    text: 'AWS doesn’t say whether signing out of AWS Settings also signs you out of a project open in the console. To be thorough, sign out of each project too.',
    appliesTo: { portals: ['aws-settings'] },
    followUp: followUps.project,
    source: 'GUIDE',
  },
  {
    id: 'portal-sessions-elsewhere',
    text: 'Still signed in on a device or browser you can’t get to? You can end those sessions from the access portal’s “Security” page.',
    appliesTo: signingOutHere('identity-center-user'),
    followUp: followUps.portalSessionsElsewhere,
    source: 'PORTAL-SESSIONS',
  },
  {
    id: 'builder-id-sessions-elsewhere',
    text: 'Still signed in on a device or browser you can’t get to? You can sign out of your AWS Builder ID on every device at once, from your profile.',
    appliesTo: signingOutHere('builder-id'),
    followUp: followUps.builderIdSessionsElsewhere,
    source: 'BUILDERID-SESSIONS',
  },
  {
    id: 'settings-sessions-elsewhere',
    text: 'Still signed in on a device or browser you can’t get to? You can delete all your sessions, on every device, from AWS Settings.',
    appliesTo: signingOutHere('project-user'),
    followUp: followUps.awsSettingsSessionsElsewhere,
    source: 'SETTINGS-SESSIONS',
  },
  {
    id: 'role-sessions-go-on',
    text: 'Ending sessions in the access portal doesn’t end console or AWS CLI sessions that are already open: they go on until they expire, up to 12 hours later. AWS’s guides don’t describe a way to end those from here: if one may be in the wrong hands, ask your administrator.',
    appliesTo: endingSessionsElsewhere('identity-center-user'),
    source: 'ADMIN-SESSIONS',
    alsoFrom: ['AUTHSESSIONS'],
  },
  {
    id: 'portal-here-too',
    text: 'You signed in to the access portal on this device to end those sessions. When you’re done here, sign out of it too.',
    appliesTo: endingSessionsElsewhere('identity-center-user'),
    followUp: followUps.accessPortal,
    source: 'PORTAL',
  },
  {
    id: 'builder-id-sessions-up-to-an-hour',
    text: 'Deleting your sessions is meant to sign you out at once, but it can take up to an hour before you are signed out of AWS Builder ID everywhere.',
    appliesTo: endingSessionsElsewhere('builder-id'),
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'builder-id-sessions-social-login',
    text: 'If you sign in with a social login such as Google or Apple, deleting your Builder ID sessions doesn’t sign you out of that Google or Apple account.',
    appliesTo: endingSessionsElsewhere('builder-id'),
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'settings-sessions-up-to-an-hour',
    text: 'Deleting your sessions is meant to sign you out at once, but it can take up to an hour before you are fully signed out everywhere.',
    appliesTo: endingSessionsElsewhere('project-user'),
    source: 'TROUBLE-NEW',
  },
  {
    id: 'settings-sessions-social-login',
    text: 'If you sign in with a login such as Google or Apple, deleting your sessions doesn’t sign you out of that Google or Apple account.',
    appliesTo: endingSessionsElsewhere('project-user'),
    source: 'TROUBLE-NEW',
  },
  {
    id: 'unrecognised-device',
    text: 'If you saw a device you don’t recognise, change your password as well.',
    appliesTo: endingSessionsElsewhere('project-user'),
    source: 'SETTINGS-SESSIONS',
  },
];
