import { endSessionsElsewhere, signOutHere } from '../follow-ups';
import type { Place } from './place';

const signOutOfThePortal = signOutHere('Sign out of the access portal', 'identity-center-user', 'access-portal');

export const accessPortal: Place<'access-portal'> = {
  id: 'access-portal',
  option: {
    label: 'AWS access portal',
    hint: 'Your organization’s portal, at an address such as https://d-xxxxxxxxxx.awsapps.com/start or a Regional one without /start.',
    source: 'PORTAL',
    alsoFrom: ['MULTIREGION'],
  },
  name: 'the AWS access portal',
  offeredTo: ['identity-center-user'],
  steps: () => import('./steps/access-portal'),
  notes: [
    {
      id: 'external-identity-provider',
      afterwards:
        'If your organization signs you in through an external identity provider, signing out of the access portal does not end your session with that provider, and going back to the portal may sign you straight in again without asking for your password. Sign out of your identity provider too, or ask your administrator how. IAM Identity Center doesn’t take part in SAML single logout: signing out of your identity provider doesn’t sign you out of the portal, and signing out of the portal sends no sign-out to applications that use it to sign you in with SAML.',
      stillSignedIn: {
        symptom: 'Going back to the access portal signed you in again without asking for your password.',
        fix: 'If your organization uses an external identity provider, signing out of the portal does not end your session with that provider, so the portal may sign you straight back in. Sign out of your identity provider too, or ask your administrator how.',
      },
      source: 'GUIDE',
      alsoFrom: ['AUTHSESSIONS'],
    },
    {
      id: 'portal-console-sessions',
      somethingStays: true,
      afterwards:
        'Console and AWS CLI sessions you opened from the access portal are separate: signing out of the portal does not end them. They go on until they expire: by default a session lasts 1 hour from when it began, and your administrator can make it last up to 12 hours. Make sure you have signed out of each console session in the console.',
      stillSignedIn: {
        symptom: 'A console you opened from the access portal is still signed in.',
        fix: 'Console sessions opened from the portal are separate and are not ended by signing out of the portal. Sign out of each one in the console.',
      },
      followUp: signOutHere('Sign out of a console you opened from the portal', 'identity-center-user', 'console'),
      source: 'AUTHSESSIONS',
      alsoFrom: ['SESSIONS', 'ADMIN-SESSIONS'],
    },
    {
      id: 'portal-application-sessions',
      somethingStays: true,
      afterwards:
        'Applications you opened from the access portal don’t end their sessions at once when you sign out of the portal: they end within about 30 minutes. Closing an application signs you out of that application only; the others stay open.',
      stillSignedIn: {
        symptom: 'An application you opened from the access portal is still open and signed in.',
        fix: 'Its session ends within about 30 minutes of signing out of the portal. To be signed out of it sooner, close that application.',
      },
      source: 'AUTHSESSIONS',
      alsoFrom: ['PORTAL'],
    },
    {
      id: 'portal-in-another-region',
      stillSignedIn: {
        symptom: 'Your organization’s portal at another Region’s address still shows you signed in.',
        fix: 'Signing out in one Region is passed on to your organization’s other Regions, so one sign-out is meant to cover them all. If that portal still shows you signed in, ask your administrator.',
      },
      source: 'MULTIREGION',
    },
  ],
  endsSessionsElsewhere: {
    for: 'identity-center-user',
    notes: [
      {
        id: 'portal-sessions-elsewhere',
        scope: { whereToSignOut: ['this-browser'] },
        afterwards:
          'Still signed in on a device or browser you can’t get to? You can end your access portal sessions there from the access portal’s “Security” page. That doesn’t end console or AWS CLI sessions already open there: they go on until they expire.',
        followUp: endSessionsElsewhere('End your sessions from the AWS access portal', 'identity-center-user'),
        source: 'PORTAL-SESSIONS',
        alsoFrom: ['ADMIN-SESSIONS'],
      },
      {
        id: 'role-sessions-go-on',
        somethingStays: true,
        afterwards:
          'Ending sessions in the access portal doesn’t end console or AWS CLI sessions that are already open: they go on until they expire, up to 12 hours later. AWS’s guides don’t describe a way for you to end those: if one may be in the wrong hands, ask your administrator, who can revoke them in IAM Identity Center.',
        stillSignedIn: {
          symptom: 'A console or the AWS CLI on that device is still signed in.',
          fix: 'Ending sessions in the access portal doesn’t end console or AWS CLI sessions that are already open: they go on until they expire, up to 12 hours later. Ask your administrator for help with them: an administrator can revoke the sessions of your permission sets in IAM Identity Center.',
        },
        source: 'ADMIN-SESSIONS',
        alsoFrom: ['AUTHSESSIONS', 'IDC-REVOKE'],
      },
      {
        id: 'editor-elsewhere',
        scope: { whereToSignOut: ['elsewhere'] },
        somethingStays: true,
        afterwards:
          'Signed in to a code editor on that device, with Amazon Q, the AWS Toolkit or Kiro? AWS doesn’t say whether ending your access portal sessions signs it out. Your administrator can see your active sessions in IAM Identity Center and delete them: ask them if you’re not sure.',
        source: 'ADMIN-SESSIONS',
      },
      {
        id: 'portal-here-too',
        afterwards: 'You signed in to the access portal on this device to end those sessions. When you’re done here, sign out of it too.',
        followUp: signOutOfThePortal,
        source: 'PORTAL',
      },
      {
        id: 'session-not-listed',
        stillSignedIn: {
          symptom: 'The session you wanted to end wasn’t in the list.',
          fix: 'The list may not show every session at first. Choose “Load more active sessions” to see the rest.',
        },
        source: 'PORTAL-SESSIONS',
      },
      {
        id: 'no-green-message',
        stillSignedIn: {
          symptom: 'No green message appeared.',
          fix: 'Check that you selected each session, typed the word confirm, and chose “End sessions”. If it still doesn’t work, ask your administrator: administrators can end your sessions too.',
        },
        source: 'PORTAL-SESSIONS',
        alsoFrom: ['ADMIN-SESSIONS'],
      },
    ],
  },
};
