import { endSessionsElsewhere } from '../follow-ups';
import type { Place } from './place';

export const awsSettings: Place<'aws-settings'> = {
  id: 'aws-settings',
  option: {
    label: 'AWS Settings',
    hint: 'At settings.aws.com, where you see and open your projects.',
    source: 'SIGNIN-SETTINGS',
  },
  name: 'AWS Settings',
  offeredTo: ['project-user'],
  steps: () => import('./steps/aws-settings'),
  endsSessionsElsewhere: {
    for: 'project-user',
    notes: [
      {
        id: 'settings-sessions-elsewhere',
        scope: { whereToSignOut: ['this-browser'] },
        afterwards: 'Still signed in on a device or browser you can’t get to? You can delete all your sessions across devices from AWS Settings.',
        followUp: endSessionsElsewhere('Delete all your sessions from AWS Settings', 'project-user'),
        source: 'SETTINGS-SESSIONS',
      },
      {
        id: 'settings-sessions-up-to-an-hour',
        somethingStays: true,
        afterwards: 'Deleting your sessions is meant to sign you out at once, but it can take up to an hour before you are fully signed out everywhere.',
        stillSignedIn: {
          symptom: 'That device or browser still seems to be signed in.',
          fix: 'Sign-out is meant to happen at once, but it can take up to an hour to be complete. Wait, then check again.',
        },
        source: 'TROUBLE-NEW',
      },
      {
        id: 'settings-sessions-social-login',
        afterwards: 'If you sign in with a login such as Google or Apple, deleting your sessions doesn’t sign you out of that Google or Apple account.',
        stillSignedIn: {
          symptom: 'You are still signed in to Google or Apple there.',
          fix: 'Deleting your AWS sessions doesn’t sign you out of a login such as Google or Apple.',
        },
        source: 'TROUBLE-NEW',
      },
    ],
  },
};
