import { signOutHere } from '../follow-ups';
import type { Place } from './place';

export const project: Place<'project'> = {
  id: 'project',
  option: {
    label: 'A project, in the AWS Management Console',
    hint: 'The console shows your project name at the upper right.',
    source: 'GUIDE',
    alsoFrom: ['SWITCH'],
  },
  name: 'a project',
  offeredTo: ['project-user'],
  steps: () => import('./steps/project'),
  notes: [
    {
      id: 'aws-settings-too',
      scope: { notPlaces: ['aws-settings'] },
      afterwards:
        'AWS doesn’t say whether signing out of a project also signs you out of AWS Settings. To be thorough, sign out of AWS Settings too.',
      stillSignedIn: {
        symptom: 'AWS Settings still shows you signed in.',
        fix: 'AWS doesn’t say that signing out of a project signs you out of AWS Settings. Sign out of AWS Settings too.',
      },
      followUp: signOutHere('Sign out of AWS Settings', 'project-user', 'aws-settings'),
      source: 'GUIDE',
    },
    {
      id: 'project-menu-session-options',
      stillSignedIn: {
        symptom: 'The menu under your project name showed “Sign out of all sessions” and “Sign out of current session”, not “Sign out”.',
        fix: 'AWS doesn’t say whether the project menu offers these. Signing in to a project turns multi-session on, which may be why. In the console, “Sign out of all sessions” signs out every identity in this browser, and “Sign out of current session” only the one selected.',
      },
      source: 'GUIDE',
      alsoFrom: ['CONSOLE-SIGNIN'],
      unconfirmed: true,
    },
  ],
};
