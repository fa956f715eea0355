import type { AppliesTo, FollowUp } from './answers';
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

const builderIdPortals = ['builder-id-profile', 'builder-id-tool'] as const;
const withAdministrator = ['iam-user', 'identity-center-user', 'federated-identity'] as const;

export const reasons: readonly Reason[] = [
  {
    id: 'menu-showed-session-options',
    symptom: 'The menu showed “Sign out of all sessions” and “Sign out of current session”, not “Sign out”.',
    fix: 'These options appear when more than one identity is signed in to this browser (multi-session). Change your answer to several identities, then choose which ones to sign out.',
    appliesTo: { portals: ['console', 'console-and-access-portal'], sessions: ['one'] },
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
    appliesTo: { portals: ['access-portal', 'console-and-access-portal'] },
    source: 'GUIDE',
  },
  {
    id: 'console-from-portal-still-open',
    symptom: 'A console you opened from the access portal is still signed in.',
    fix: 'Console sessions opened from the portal are separate and are not ended by signing out of the portal. Sign out of each one in the console.',
    appliesTo: { portals: ['access-portal', 'console-and-access-portal'] },
    followUp: followUps.consoleFromPortal,
    source: 'SESSIONS',
  },
  {
    id: 'portal-still-open',
    symptom: 'You are still signed in to the access portal, and can open the console from it again.',
    fix: 'The access portal has its own session, separate from your console sessions. Sign out of the portal too.',
    appliesTo: { userTypes: ['identity-center-user'], portals: ['console'] },
    followUp: followUps.accessPortal,
    source: 'SESSIONS',
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
    symptom: 'You still seem to be signed in to AWS Builder ID.',
    fix: 'Full sign-out can take up to an hour. Wait, then check again.',
    appliesTo: { portals: builderIdPortals },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'builder-id-tool-still-signed-in',
    symptom: 'A tool such as Amazon Q Developer still shows you signed in.',
    fix: 'Tools are signed out of separately from your profile. Sign out in the tool itself.',
    appliesTo: { portals: ['builder-id-profile'] },
    followUp: followUps.builderIdTools,
    source: 'GUIDE',
  },
  {
    id: 'builder-id-google-still-signed-in',
    symptom: 'You are still signed in to Google.',
    fix: 'If you signed in with “Continue with Google”, ending your Builder ID sessions does not sign you out of Google. Sign out of Google itself if you want to.',
    appliesTo: { portals: builderIdPortals },
    source: 'BUILDERID-TROUBLE',
  },
  {
    id: 'other-browser',
    symptom: 'Another browser or device still shows the console signed in.',
    fix: 'Signing out of the console, even with “Sign out of all sessions”, applies to the identities in the browser you used. Sign out in each browser you signed in with.',
    appliesTo: { portals: ['console', 'console-and-access-portal'] },
    source: 'GUIDE',
  },
  {
    id: 'different-user-type',
    symptom: 'The screen you saw didn’t match these steps.',
    fix: 'You may be a different kind of user than you chose, and each kind signs out in its own way. Check your user type.',
    appliesTo: {},
    changeAnswer: { question: 'userType', label: 'Change your user type' },
    source: 'GUIDE',
  },
  {
    id: 'ask-administrator',
    symptom: 'None of these fits.',
    fix: 'Ask the person who gave you access, such as your administrator or help desk.',
    appliesTo: { userTypes: withAdministrator },
    source: 'TYPES',
  },
];
