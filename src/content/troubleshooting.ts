import { endingSessionsElsewhere, type AppliesTo, type FollowUp } from './answers';
import { followUps } from './follow-ups';
import type { Sourced } from './sources';

/** A known reason someone is still signed in, with what to do about it. */
export interface Reason extends Sourced {
  id: string;
  /** What the person notices, in their words. */
  symptom: string;
  fix: string;
  appliesTo: AppliesTo;
  followUp?: FollowUp;
  /** Offer to change an answer, because a different answer fits what they saw. */
  changeAnswer?: { question: 'userType' | 'sessions' | 'whichSessions'; label: string };
}

const portals = ['access-portal', 'console-and-access-portal'] as const;
const consoles = ['console', 'console-and-access-portal'] as const;
const newExperience = ['project', 'aws-settings', 'project-and-aws-settings'] as const;
const withAdministrator = ['iam-user', 'identity-center-user', 'federated-identity'] as const;

export const reasons: readonly Reason[] = [
  {
    id: 'menu-showed-session-options',
    symptom: 'The menu showed “Sign out of all sessions” and “Sign out of current session”, not “Sign out”.',
    fix: 'These options appear when more than one identity is signed in to this browser (multi-session). Change your answer to several identities, then choose which ones to sign out.',
    appliesTo: { portals: consoles, sessions: ['one'] },
    changeAnswer: { question: 'sessions', label: 'Change how many identities are signed in' },
    source: 'GUIDE',
  },
  {
    id: 'signed-out-current-only',
    symptom: 'Other tabs still show the console signed in.',
    fix: 'Choosing “Sign out of current session” signs out only the selected identity. Choose “Sign out of all sessions” to sign out every identity in this browser.',
    appliesTo: { sessions: ['several'], whichSessions: ['current'] },
    changeAnswer: { question: 'whichSessions', label: 'Change which identities to sign out' },
    source: 'GUIDE',
  },
  {
    id: 'portal-signed-straight-back-in',
    symptom: 'Going back to the access portal signed you in again without asking for your password.',
    fix: 'If your organization uses an external identity provider, signing out of the portal does not end your session with that provider, so the portal may sign you straight back in. Sign out of your identity provider too, or ask your administrator how.',
    appliesTo: { portals },
    source: 'GUIDE',
  },
  {
    id: 'console-from-portal-still-open',
    symptom: 'A console you opened from the access portal is still signed in.',
    fix: 'Console sessions opened from the portal are separate and are not ended by signing out of the portal. Sign out of each one in the console.',
    appliesTo: { portals },
    followUp: followUps.consoleFromPortal,
    source: 'AUTHSESSIONS',
  },
  {
    id: 'portal-in-another-region',
    symptom: 'Your organization’s portal at another Region’s address still shows you signed in.',
    fix: 'Signing out in one Region is passed on to your organization’s other Regions, so one sign-out is meant to cover them all. If that portal still shows you signed in, ask your administrator.',
    appliesTo: { portals },
    source: 'MULTIREGION',
  },
  {
    id: 'portal-still-open',
    symptom: 'You are still signed in to the access portal, and can open the console from it again.',
    fix: 'The access portal has its own session, separate from your console sessions. Sign out of the portal too.',
    appliesTo: { userTypes: ['identity-center-user'], portals: ['console'] },
    followUp: followUps.accessPortal,
    source: 'AUTHSESSIONS',
  },
  {
    id: 'federated-provider-signed-back-in',
    symptom: 'Your company’s sign-on portal or login signed you straight back in.',
    fix: 'Your identity provider may still have you signed in. Sign out there too, or check with your administrator how.',
    appliesTo: { userTypes: ['federated-identity'] },
    source: 'GUIDE',
    unconfirmed: true,
  },
  {
    id: 'builder-id-not-yet',
    symptom: 'You still see your AWS Builder ID profile signed in.',
    fix: 'Full sign-out from your profile can take up to an hour. Wait, then check again.',
    appliesTo: { portals: ['builder-id-profile'] },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'builder-id-tool-still-signed-in',
    symptom: 'A tool such as Amazon Q Developer still shows you signed in.',
    fix: 'Each tool is signed out of separately, in the tool itself, apart from your profile. Use that tool’s own sign-out.',
    appliesTo: { userTypes: ['builder-id'], portals: ['builder-id-profile'] },
    followUp: followUps.builderIdTools,
    source: 'GUIDE',
  },
  {
    id: 'another-tool-still-signed-in',
    symptom: 'Another tool you use with your Builder ID still shows you signed in.',
    fix: 'Each tool is signed out of separately. Use the sign-out in every tool you signed in to.',
    appliesTo: { portals: ['builder-id-tool'] },
    source: 'GUIDE',
  },
  {
    id: 'builder-id-profile-still-signed-in',
    symptom: 'Your AWS Builder ID profile is still signed in.',
    fix: 'Signing out of a tool does not sign you out of your profile, which has its own sign-out.',
    appliesTo: { portals: ['builder-id-tool'] },
    followUp: followUps.builderIdProfile,
    source: 'GUIDE',
  },
  {
    id: 'builder-id-social-login-still-signed-in',
    symptom: 'You are still signed in to Google or Apple.',
    fix: 'If you signed in with a social login such as Google or Apple, ending your Builder ID sessions does not sign you out of that account. Sign out of it there if you want to.',
    appliesTo: { portals: ['builder-id-profile'] },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'new-experience-not-yet',
    symptom: 'You still seem to be signed in.',
    fix: 'Sign-out is meant to take effect at once, but full sign-out can take up to an hour. Wait, then check again.',
    appliesTo: { portals: newExperience },
    source: 'TROUBLE-NEW',
  },
  {
    id: 'new-experience-social-login-still-signed-in',
    symptom: 'You are still signed in to Google or Apple.',
    fix: 'Ending your AWS sessions does not sign you out of a login such as Google or Apple. Sign out of it there if you want to.',
    appliesTo: { portals: newExperience },
    source: 'TROUBLE-NEW',
  },
  {
    id: 'list-of-accounts-shown',
    symptom: 'AWS shows you a list of accounts to choose from.',
    fix: 'That list means several sessions are open in this browser: a Builder ID, a project or an AWS account. Sign out of each of them.',
    appliesTo: { portals: newExperience },
    source: 'HELP',
    alsoFrom: ['TROUBLE-NEW'],
  },
  {
    id: 'aws-settings-still-open',
    symptom: 'AWS Settings still shows you signed in.',
    fix: 'AWS doesn’t say that signing out of a project signs you out of AWS Settings. Sign out of AWS Settings too.',
    appliesTo: { portals: ['project'] },
    followUp: followUps.awsSettings,
    source: 'GUIDE',
  },
  {
    id: 'project-still-open',
    symptom: 'A project in the console still shows you signed in.',
    fix: 'AWS doesn’t say that signing out of AWS Settings signs you out of a project. Sign out of the project too.',
    appliesTo: { portals: ['aws-settings'] },
    followUp: followUps.project,
    source: 'GUIDE',
  },
  {
    id: 'other-browser',
    symptom: 'Another browser or device still shows the console signed in.',
    fix: 'These steps are for the browser you used. To be safe, sign out the same way in each browser and on each device you signed in with.',
    appliesTo: { portals: consoles },
    source: 'MULTI',
  },
  {
    id: 'role-session-still-open',
    symptom: 'A console or the AWS CLI on that device is still signed in.',
    fix: 'Ending sessions in the access portal doesn’t end console or AWS CLI sessions that are already open: they go on until they expire, up to 12 hours later. Ask your administrator for help with them.',
    appliesTo: endingSessionsElsewhere('identity-center-user'),
    source: 'ADMIN-SESSIONS',
    alsoFrom: ['AUTHSESSIONS'],
  },
  {
    id: 'session-not-listed',
    symptom: 'The session you wanted to end wasn’t in the list.',
    fix: 'The list may not show every session at first. Choose “Load more active sessions” to see the rest.',
    appliesTo: endingSessionsElsewhere('identity-center-user'),
    source: 'PORTAL-SESSIONS',
  },
  {
    id: 'no-green-message',
    symptom: 'No green message appeared.',
    fix: 'Check that you selected each session, typed the word confirm, and chose “End sessions”. If it still doesn’t work, ask your administrator: administrators can end your sessions too.',
    appliesTo: endingSessionsElsewhere('identity-center-user'),
    source: 'PORTAL-SESSIONS',
    alsoFrom: ['ADMIN-SESSIONS'],
  },
  {
    id: 'builder-id-sessions-not-yet',
    symptom: 'That device or browser still seems to be signed in to your Builder ID.',
    fix: 'Deleting your sessions is meant to sign you out at once, but full sign-out can take up to an hour. Wait, then check again.',
    appliesTo: endingSessionsElsewhere('builder-id'),
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'builder-id-sessions-social-login-still-signed-in',
    symptom: 'That device is still signed in to Google or Apple.',
    fix: 'Deleting your Builder ID sessions doesn’t sign you out of a social login such as Google or Apple.',
    appliesTo: endingSessionsElsewhere('builder-id'),
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'settings-sessions-not-yet',
    symptom: 'That device or browser still seems to be signed in.',
    fix: 'Sign-out is meant to happen at once, but it can take up to an hour to be complete. Wait, then check again.',
    appliesTo: endingSessionsElsewhere('project-user'),
    source: 'TROUBLE-NEW',
  },
  {
    id: 'settings-sessions-social-login-still-signed-in',
    symptom: 'You are still signed in to Google or Apple there.',
    fix: 'Deleting your AWS sessions doesn’t sign you out of a login such as Google or Apple.',
    appliesTo: endingSessionsElsewhere('project-user'),
    source: 'TROUBLE-NEW',
  },
  {
    id: 'different-user-type',
    symptom: 'The screen you saw didn’t match these steps.',
    fix: 'You may be a different kind of user than you chose, and each kind signs out in its own way. Check your user type.',
    appliesTo: {},
    changeAnswer: { question: 'userType', label: 'Change your user type' },
    source: 'TYPES',
  },
  {
    id: 'ask-administrator',
    symptom: 'None of these fits.',
    fix: 'Ask the person who gave you access, such as your administrator or help desk.',
    appliesTo: { userTypes: withAdministrator },
    source: 'TYPES',
  },
];
