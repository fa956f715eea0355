import { signOutHere } from '../../follow-ups';
import { lines, returnedToTheConsole, simplifiedMenu, type DrawnItem, type PictureContent } from '../../pictures';
import type { ProcedureContent } from '../../procedure';
import type { PlaceSteps } from '../place';

const yourProjectName: DrawnItem = { text: 'Your project name', as: 'user' };

const projectNamePicture: PictureContent = {
  alt: 'Drawing of the top of the AWS Management Console: the navigation bar, with your project name at the upper right marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot. Your own project name is shown in its place.',
  bar: 'dark',
  barItems: [{ ...yourProjectName, mark: 'choose' }],
  page: lines(4),
  source: 'GUIDE',
  alsoFrom: ['SWITCH'],
};

const projectMenuPicture: PictureContent = {
  alt: 'Drawing of the AWS Management Console with the menu under your project name open. It includes “Switch project”, and its other entries are drawn as blank lines; “Sign out” is marked as the one to choose.',
  caption: simplifiedMenu,
  bar: 'dark',
  barItems: [yourProjectName],
  menu: [{ text: 'Switch project' }, ...lines(2), { text: 'Sign out', mark: 'choose' }],
  page: lines(6),
  source: 'GUIDE',
  alsoFrom: ['SWITCH'],
};

const signOut: ProcedureContent = {
  id: 'project',
  title: 'Sign out of your project',
  steps: [
    {
      heading: 'Choose your project name in the console',
      instruction:
        'In the AWS Management Console, look at the navigation bar at the top of the page. Your project name is shown at the upper right. Choose it.',
      target: { kind: 'described', text: 'your project name' },
      picture: projectNamePicture,
      source: 'GUIDE',
      alsoFrom: ['SWITCH'],
    },
    {
      heading: 'Choose “Sign out” under your project name',
      instruction: 'A menu opens under your project name. Choose “Sign out”.',
      target: { kind: 'control', label: 'Sign out' },
      picture: projectMenuPicture,
      source: 'GUIDE',
    },
  ],
  success: returnedToTheConsole,
};

export const steps: PlaceSteps = {
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
  signOut: () => signOut,
};
