import { signOutHere } from '../../follow-ups';
import { line, lines, signInPage, type PictureContent } from '../../pictures';
import type { ProcedureContent } from '../../procedure';
import type { PlaceSteps } from '../place';

const signOutPicture: PictureContent = {
  alt: 'Drawing of AWS Settings. The left navigation pane has “Sign Out”, marked as the one to choose; its other entries are drawn as blank lines. AWS doesn’t say where in the pane “Sign Out” is, so the pane is labelled: look anywhere in this pane.',
  caption: 'Simplified drawing, not a screenshot. AWS doesn’t say where in the left navigation pane “Sign Out” is: look for it anywhere in the pane, not only where it is drawn here.',
  bar: 'plain',
  barItems: [],
  nav: [
    { text: 'Look anywhere in this pane', as: 'legend' },
    ...lines(2),
    { text: 'Sign Out', mark: 'choose' },
    line,
  ],
  page: lines(6),
  source: 'GUIDE',
};

const signedOutPicture: PictureContent = {
  alt: 'Drawing of the AWS sign in page, where you are returned once you are signed out of AWS Settings.',
  ...signInPage,
  source: 'GUIDE',
};

const signOut: ProcedureContent = {
  id: 'aws-settings',
  title: 'Sign out of AWS Settings',
  steps: [
    {
      heading: 'Choose “Sign Out” in AWS Settings',
      instruction:
        'In AWS Settings, look in the navigation pane on the left and choose “Sign Out”. AWS doesn’t say where in the pane it is, so look through the whole pane.',
      target: { kind: 'control', label: 'Sign Out' },
      picture: signOutPicture,
      source: 'GUIDE',
    },
  ],
  success: {
    text: 'You are returned to the AWS sign in page.',
    picture: signedOutPicture,
    source: 'GUIDE',
  },
};

/**
 * Ending sessions elsewhere: from AWS Settings, in the Builder ID profile (SETTINGS-SESSIONS). AWS
 * names a "main navigation pane" here and a "left navigation pane" for signing out: likely one pane,
 * not confirmed, so neither drawing shows the other's entry.
 */
const manageSecurityPicture: PictureContent = {
  alt: 'Drawing of AWS Settings. The main navigation pane has “Manage security and sign-in”, marked as the one to choose; its other entries are drawn as blank lines. AWS doesn’t say where in the pane it is, so the pane is labelled: look anywhere in this pane.',
  caption: 'Simplified drawing, not a screenshot. AWS doesn’t say where in the main navigation pane “Manage security and sign-in” is: look for it anywhere in the pane, not only where it is drawn here.',
  bar: 'plain',
  barItems: [],
  nav: [
    { text: 'Look anywhere in this pane', as: 'legend' },
    line,
    { text: 'Manage security and sign-in', mark: 'choose' },
    ...lines(2),
  ],
  page: lines(6),
  source: 'SETTINGS-SESSIONS',
};

const signedInDevicesPicture: PictureContent = {
  alt: 'Drawing of your AWS Builder ID profile, where AWS Settings sends you: under “Signed in devices”, with the devices drawn as blank lines, “Delete all sessions” is marked as the one to choose. It may read “Delete all active sessions”.',
  caption: 'Simplified drawing, not a screenshot: which profile page this is, and what it shows about each device, is left blank.',
  bar: 'plain',
  barItems: [],
  page: [line, { text: 'Signed in devices', as: 'heading' }, ...lines(2), { text: 'Delete all sessions', as: 'button', mark: 'choose' }],
  source: 'SETTINGS-SESSIONS',
};

const confirmDeleteAllPicture: PictureContent = {
  alt: 'Drawing of the box that asks you to confirm your choice, its words drawn as blank lines, and a field where you may be asked to type delete all, with “Delete all sessions” marked as the one to choose.',
  caption: 'Simplified drawing, not a screenshot: the box’s words are left blank, and it may not ask you to type anything.',
  bar: 'plain',
  barItems: [],
  page: lines(5),
  dialog: [line, { text: 'delete all', as: 'typed' }, { text: 'Delete all sessions', as: 'button', mark: 'choose' }],
  source: 'SETTINGS-SESSIONS',
  alsoFrom: ['BUILDERID-SESSIONS'],
};

const deleteAllSessions: ProcedureContent = {
  id: 'aws-settings-sessions',
  title: 'Delete all your sessions from AWS Settings',
  steps: [
    {
      heading: 'Choose “Manage security and sign-in” in AWS Settings',
      instruction:
        'On a device you can use now, sign in to AWS Settings at settings.aws.com. In the main navigation pane, choose “Manage security and sign-in”: it takes you to your AWS Builder ID profile. AWS doesn’t say where in the pane it is, so look through the whole pane. If a device you don’t recognise may be signed in, change your password first: there, choose “Update password”. A Google, Apple, GitHub or Amazon login has no AWS password to change: that login’s own account looks after it.',
      target: { kind: 'control', label: 'Manage security and sign-in' },
      picture: manageSecurityPicture,
      source: 'SETTINGS-SESSIONS',
      alsoFrom: ['SIGNIN-SETTINGS', 'SETTINGS-PASSWORD', 'BUILDERID-PASSWORD'],
    },
    {
      heading: 'Choose “Delete all sessions” under “Signed in devices”',
      instruction:
        'In your AWS Builder ID profile, under “Signed in devices”, choose “Delete all sessions”. AWS’s pages name this button in two ways, so it may read “Delete all active sessions”.',
      target: { kind: 'control', label: 'Delete all sessions' },
      picture: signedInDevicesPicture,
      source: 'SETTINGS-SESSIONS',
      alsoFrom: ['BUILDERID-SESSIONS'],
    },
    {
      heading: 'Confirm, then choose “Delete all sessions”',
      instruction:
        'You are asked to confirm your choice. If you’re asked to, type the words delete all. Then choose “Delete all sessions”.',
      target: { kind: 'control', label: 'Delete all sessions' },
      picture: confirmDeleteAllPicture,
      source: 'SETTINGS-SESSIONS',
      alsoFrom: ['BUILDERID-SESSIONS'],
    },
  ],
  success: {
    text: 'You are signed out of AWS Settings, here as well. AWS says this deletes your sessions across devices, but AWS doesn’t say whether it also signs you out of a project open in the console: sign out of each project there once you can.',
    source: 'SETTINGS-SESSIONS',
  },
};

export const steps: PlaceSteps = {
  notes: [
    {
      id: 'project-too',
      scope: { notPlaces: ['project'] },
      afterwards:
        'AWS doesn’t say whether signing out of AWS Settings also signs you out of a project open in the console. To be thorough, sign out of each project too.',
      stillSignedIn: {
        symptom: 'A project in the console still shows you signed in.',
        fix: 'AWS doesn’t say that signing out of AWS Settings signs you out of a project. Sign out of the project too.',
      },
      followUp: signOutHere('Sign out of your project', 'project-user', 'project'),
      source: 'GUIDE',
    },
  ],
  signOut: () => signOut,
  endSessionsElsewhere: deleteAllSessions,
};
