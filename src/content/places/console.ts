import { signOutHere } from '../follow-ups';
import type { Place } from './place';

export const consolePlace: Place<'console'> = {
  id: 'console',
  option: {
    label: 'AWS Management Console',
    hint: 'The console of an AWS account, with your account name or user name at the upper right of its navigation bar.',
    source: 'GUIDE',
  },
  name: 'the AWS Management Console',
  offeredTo: ['root-user', 'iam-user', 'identity-center-user', 'federated-identity'],
  steps: () => import('./steps/console'),
  asksHowManyIdentities: true,
  notes: [
    {
      id: 'menu-showed-session-options',
      scope: { sessions: ['one'] },
      stillSignedIn: {
        symptom: 'The menu showed “Sign out of all sessions” and “Sign out of current session”, not “Sign out”.',
        fix: 'These options appear when more than one identity is signed in to this browser (multi-session). Change your answer to several identities, then choose which ones to sign out.',
        changeAnswer: { question: 'sessions', label: 'Change how many identities are signed in' },
      },
      source: 'GUIDE',
    },
    {
      id: 'other-identities-still-signed-in',
      somethingStays: true,
      scope: { sessions: ['several'], whichSessions: ['current'] },
      afterwards:
        'The other identities in this browser are still signed in, each in its own tab. To sign them all out at once, choose “Sign out of all sessions”.',
      stillSignedIn: {
        symptom: 'Other tabs still show the console signed in.',
        fix: 'Choosing “Sign out of current session” signs out only the selected identity. Choose “Sign out of all sessions” to sign out every identity in this browser.',
        changeAnswer: { question: 'whichSessions', label: 'Change which identities to sign out' },
      },
      source: 'MULTI',
      alsoFrom: ['GUIDE'],
    },
    {
      id: 'portal-still-signed-in',
      somethingStays: true,
      scope: { userTypes: ['identity-center-user'], notPlaces: ['access-portal'] },
      afterwards:
        'The AWS access portal has its own session, separate from your console sessions. To sign out fully, sign out of the portal too. A portal session lasts 8 hours by default; your administrator can set anything from 15 minutes to 90 days.',
      stillSignedIn: {
        symptom: 'You are still signed in to the access portal, and can open the console from it again.',
        fix: 'The access portal has its own session, separate from your console sessions. Sign out of the portal too.',
      },
      followUp: signOutHere('Sign out of the access portal', 'identity-center-user', 'access-portal'),
      source: 'INTERACTIVE',
      alsoFrom: ['AUTHSESSIONS'],
    },
    {
      id: 'switch-identity',
      scope: { userTypes: ['root-user', 'iam-user'] },
      afterwards:
        'Signing out only to switch to another identity? With multi-session turned on, you can add another identity without signing out: choose “Add session” in the menu under your user name, then “Sign in”. Up to five identities can be signed in at once in one browser, each in its own tab. To turn it on, choose “Turn on multi-session” in that menu.',
      source: 'MULTI',
    },
    {
      id: 'switch-role',
      scope: { userTypes: ['identity-center-user', 'federated-identity'] },
      afterwards:
        'Signing out only to switch to another role? With multi-session turned on, up to five identities can be signed in at once in one browser, each in its own tab: sign in to the other role from your access portal or your sign-on portal. To turn it on, choose “Turn on multi-session” in the menu under your user name.',
      source: 'MULTI',
    },
    {
      id: 'other-browser',
      stillSignedIn: {
        symptom: 'Another browser or device still shows the console signed in.',
        fix: 'AWS’s steps sign you out in the browser you follow them in, and don’t say they reach any other. To be safe, sign out the same way in each browser and on each device you signed in with.',
      },
      source: 'GUIDE',
    },
  ],
};
