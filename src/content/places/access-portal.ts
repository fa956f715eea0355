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
